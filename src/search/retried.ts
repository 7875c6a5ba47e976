/**
 * A request sent again after its first attempt timed out or lost its answer ("超时后我们重试，重试返回 409", "the client
 * retried it and the retry got 400"). The first attempt may well have done its work: the retry then meets what it left.
 * The group or user it created exists, the admin it revoked is no longer one, the owner it handed over to owns the
 * group, the thing it dissolved is gone, the update it started still runs. The answer is one of those states, not the
 * status's generic entry; and the timeout was the first attempt's fate, not what the retry failed with.
 */
import {flagOfKind} from './symptoms';

/** Sent again: retried, resent, a second attempt. */
const RETRIED =
  /重试|重发|重新(?:发送?|提交|调用?|请求)|(?:又|再)(?:发|调|提交|请求)了?一(?:遍|次)|第二次(?:请求|调用|提交)?(?:返回|报|提示|拿到|收到)|\bretr(?:y|ied|ies|ying)\b|\bre-?sen[dt](?:ing)?\b|\bresubmit\w*|\bsent (?:it |the request )?again\b|\bsecond attempt\b/;

/**
 * Retries that tell of no state left: one that went through ("过一会儿重试就好了", "the retry succeeded": the error
 * passed), one a day later ("隔天重试也不行": a quota, not the first attempt), and the stored callbacks' own retry
 * endpoint, which is an operation's name.
 */
const NO_STATE_LEFT =
  /(?:重试|重发)[^，。,;；]{0,8}(?:就好|又好|又成功|成功了|也不行|也一样)|隔天|第二天|次日|\bnext day\b|\bsucceed\w*|\bwent through\b|回调|\bcallbacks?\b/;

/** The states a first attempt that went through leaves for the retry to meet (symptoms.ts flags). */
const LEFT_BY_FIRST =
  flagOfKind('exists') |
  flagOfKind('concurrent') |
  flagOfKind('notMember') |
  flagOfKind('notFound') |
  flagOfKind('same');

/** Why it was retried: words of a timeout, which say nothing of what the retry met. */
const TIMED_OUT = flagOfKind('time') | flagOfKind('expired');

/** Statuses a gateway or a slow server answers with: a retry that gets one of them met no state, only the delay. */
const TIMEOUT_STATUSES = new Set([408, 502, 503, 504]);

/**
 * The kinds of failure of a question that tells of a retry: the states the first attempt may have left instead of
 * its timeout. The symptoms unchanged when no retry is told, or when the status named is itself a timeout's.
 */
export function retriedSymptoms(text: string, symptoms: number, status: number | undefined): number {
  return toldRetry(text, status) ? (symptoms & ~TIMED_OUT) | LEFT_BY_FIRST : symptoms;
}

/** Whether the question tells of a retry, and names no timeout's status as what the retry got. */
export function toldRetry(text: string, status: number | undefined): boolean {
  if (status !== undefined && TIMEOUT_STATUSES.has(status)) return false;
  const lower = text.slice(0, 1_000).toLowerCase();
  return RETRIED.test(lower) && !NO_STATE_LEFT.test(lower);
}

/**
 * What an entry of a timeout's status loses when the question tells of a retry and names another status, or none:
 * "因为网关超时被我们重发" says why it was sent again, and the retry's own answer is another.
 */
export function timeoutEntryPenalty(retried: boolean, status: number): number {
  return retried && TIMEOUT_STATUSES.has(status) ? RETRIED_TIMEOUT_WEIGHT : 0;
}

const RETRIED_TIMEOUT_WEIGHT = 40;
