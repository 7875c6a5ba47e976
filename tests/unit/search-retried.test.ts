/**
 * A request retried after a timeout (retried.ts): the retry meets what its first attempt left, an entry of that state
 * and not the status's generic entry, nor a timeout's entry. The queries are examples of the rule, not answers kept
 * for them.
 */
import {describe, expect, it} from 'vitest';
import {flagOfKind} from '../../src/search/symptoms';
import {retriedSymptoms, timeoutEntryPenalty, toldRetry} from '../../src/search/retried';
import {topId as top} from './search-helpers';

const EXISTS = flagOfKind('exists');
const CONCURRENT = flagOfKind('concurrent');
const TIME = flagOfKind('time');

describe('a retry told', () => {
  it.each([
    '超时后我们重试了一次，返回 409',
    '请求被网关重发，第二次返回 400',
    'the client retried it and the retry got 400',
    'we resent the request after a timeout',
    'the second attempt says 403',
  ])('%s: states the first attempt left, not its timeout', (text) => {
    expect(toldRetry(text, undefined)).toBe(true);
    const symptoms = retriedSymptoms(text, TIME, undefined);
    expect(symptoms & (EXISTS | CONCURRENT)).toBe(EXISTS | CONCURRENT);
    expect(symptoms & TIME).toBe(0);
  });

  it.each(['创建群组超时，返回 400', 'the request timed out with 400', '重置密码后登录失败'])(
    '%s: no retry',
    (text) => {
      expect(toldRetry(text, undefined)).toBe(false);
      expect(retriedSymptoms(text, TIME, undefined)).toBe(TIME);
    },
  );

  it.each([
    '撤回消息偶尔失败，过一会儿重试又成功了',
    '注册到一定数量后返回 429，隔天重试也不行',
    'the callback storage retry endpoint answers 500',
    'a retry a minute later succeeded',
  ])('%s: a retry that tells of no state left', (text) => {
    expect(toldRetry(text, undefined)).toBe(false);
  });

  it('a retry that got a timeout status met no state', () => {
    expect(toldRetry('重试了三次每次都是 504', 504)).toBe(false);
    expect(timeoutEntryPenalty(true, 504)).toBeGreaterThan(0);
    expect(timeoutEntryPenalty(false, 504)).toBe(0);
    expect(timeoutEntryPenalty(true, 400)).toBe(0);
  });
});

describe('in the engine', () => {
  it('a group created again after a timeout: its ID exists already', () => {
    expect(top('创建群组时网络超时，我们用同一个自定义群 ID 重试了一次，返回 400')).toBe(
      '400-illegal-argument-group-id-already-exists',
    );
  });

  it('an ownership transfer retried: the new owner is the owner already', () => {
    expect(top('转让群主的请求超时了，重试的那次返回 403')).toBe('403-forbidden-op-new-owner-old-owner-same');
  });

  it('a user attribute update retried at once: the first update still runs', () => {
    expect(top('修改用户属性超时后立刻重试，重试返回 409')).toBe(
      '409-update-usermetadata-failed-concurrent-updates-not-allowed',
    );
  });

  it('a reaction added again: the user did it already', () => {
    expect(top('给消息添加 reaction 超时，SDK 自动重试，第二次返回 400')).toBe(
      '400-bad-request-user-already-operation-message',
    );
  });

  it('retries that each got a gateway timeout: the timeout status itself', () => {
    expect(top('请求一直超时，重试了三次每次都是 504')).toBe('http-504');
    expect(top('the gateway returned 502, we retried and the retry also got 502')).toBe('http-502');
  });
});
