/**
 * A limit asked about as a question, without a limit's words or a count: "how many recipients can one request to
 * the send endpoint carry?", "一个请求最多能带多少个聊天室 ID？". What it asks is the size of a limit; when it says of
 * one request, the limit is of a batch (symptoms.ts flags).
 */
import {flagOfKind} from './symptoms';

const LIMIT = flagOfKind('limit');
const BATCH = flagOfKind('batch');

/** "How many … can", "最多能…多少", "上限是多少": the size of a limit. */
const HOW_MANY =
  /\bhow many\b(?! (?:seconds|minutes|hours|days|weeks|months|years)\b)[^?.;]{0,60}\b(?:can|could|may|allowed|at most|max(?:imum)?)\b|\bup to how many\b|\bwhat(?:'s| is) the (?:max(?:imum)?|limit|cap)\b|(?:最多|至多)(?:能|可以|可)?[^，。？?]{0,12}多少|多少[^，。？?]{0,8}(?:上限|封顶)|上限是多少/;

/** Of one request: its items, not what accumulates. */
const ONE_REQUEST =
  /\b(?:one|a single|each|per) (?:request|call|api call)\b|一个请求|一次请求|单次请求|每次请求|一次调用|单个请求|一次(?:最多|能|可以)/;

/** The kinds of failure a question asking the size of a limit names; 0 when it asks none. */
export function askedLimit(text: string): number {
  const lower = text.slice(0, 1_000).toLowerCase();
  if (!HOW_MANY.test(lower)) return 0;
  return ONE_REQUEST.test(lower) ? LIMIT | BATCH : LIMIT;
}
