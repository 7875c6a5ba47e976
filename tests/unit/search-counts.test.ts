/**
 * Limits told as counts of things (counts.ts): the count told exceeds some limits of a request and counts the
 * things of fewer. The queries are examples of the rule, not answers kept for them.
 */
import {describe, expect, it} from 'vitest';
import {countFit, entryLimits, questionCounts} from '../../src/search/counts';
import {topId as top} from './search-helpers';

describe('counts told in a question', () => {
  it.each([
    ['群发系统通知时 to 里一次塞了 1000 个用户 ID', [{n: 1000, thing: 'user'}]],
    ['batch registration of 75 accounts', [{n: 75, thing: 'user'}]],
    ['sending to 150 chat room messages at once', [{n: 150, thing: 'message'}]],
    ['一次发 700 条聊天室消息', [{n: 700, thing: 'message'}]],
    // An ordinal is a quota reached, a rate is per second, a status is no count.
    ['our bot cannot add its 101st contact', []],
    ['150 chat room messages in one second', []],
  ])('%s → %j', (text, expected) => {
    expect(questionCounts(text)).toEqual(expected);
  });

  it('leaves out the status', () => {
    expect(questionCounts('batch registration of 400 accounts returns 400', 400)).toEqual([]);
  });
});

describe('limits an entry states', () => {
  it.each([
    ['`to` lists more than 600 user IDs.', [{n: 600, thing: 'user'}]],
    ['The batch registration holds more users than the per-request limit of 60.', [{n: 60, thing: undefined}]],
    ['The user ID (`username`) is longer than the 64-byte limit.', []],
  ])('%s → %j', (text, expected) => {
    expect(entryLimits(text)).toEqual(expected);
  });
});

describe('how counts fit limits', () => {
  it.each([
    [[{n: 700, thing: 'user'}], [{n: 600, thing: 'user'}], 1],
    [[{n: 700, thing: 'user'}], [{n: 3, thing: 'group'}], -1],
    [[{n: 5, thing: 'group'}], [{n: 10, thing: 'chatroom'}], -1],
    [[{n: 75, thing: 'user'}], [{n: 60}], 1],
    [[{n: 50, thing: 'user'}], [{n: 60}], -1],
    [[], [{n: 60}], 0],
    [[{n: 75, thing: 'user'}], [], 0],
  ] as const)('%j against %j → %d', (counts, limits, expected) => {
    expect(countFit(counts, limits)).toBe(expected);
  });
});

describe('the limit the count exceeds leads', () => {
  it.each([
    [
      '群发系统通知时 to 里一次塞了 1000 个用户 ID，整个请求被拒',
      '400-message-send-error-params-tos-size-cant-exceed-limit-600',
    ],
    ['batch registration of 75 accounts is rejected as a whole', '400-illegal-argument-request-body-array-size-had'],
  ])('%s → %s', (query, expected) => {
    expect(top(query)).toBe(expected);
  });
});
