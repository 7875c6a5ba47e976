/**
 * A limit asked about as a question (asked.ts): "how many recipients can one request carry?", "一个请求最多能发给多少个
 * 人？" ask the size of a limit without a limit's words or a count; said of one request, of a batch. The queries
 * are examples of the rule, not answers kept for them.
 */
import {describe, expect, it} from 'vitest';
import {askedLimit} from '../../src/search/asked';
import {flagOfKind} from '../../src/search/symptoms';
import {topId as top} from './search-helpers';

const LIMIT = flagOfKind('limit');
const BATCH = flagOfKind('batch');

describe('a limit asked as a question', () => {
  it.each([
    ['how many recipients can one request to the one-to-one send endpoint carry?', LIMIT | BATCH],
    ['发单聊消息一个请求最多能发给多少个人？', LIMIT | BATCH],
    ['一次最多能订阅多少个用户的在线状态？', LIMIT | BATCH],
    // What accumulates is no batch.
    ['一个用户最多能加多少个好友？', LIMIT],
    ['what is the maximum number of members a chat group can have?', LIMIT],
    ['群成员上限是多少', LIMIT],
  ])('%s', (text, flags) => {
    expect(askedLimit(text)).toBe(flags);
  });

  it.each([
    // How far back is a time window, which its own words say.
    'how many days back can I download chat history files?',
    'how many users are online right now',
    '为什么发消息失败',
  ])('%s: no limit asked', (text) => {
    expect(askedLimit(text)).toBe(0);
  });
});

describe('in the engine', () => {
  it('the recipients of one request: the per-request limit, not the per-minute quota', () => {
    expect(top('how many recipients can one request to the one-to-one send endpoint carry?')).toBe(
      '400-message-send-error-params-tos-size-cant-exceed-limit-600',
    );
  });

  it.each([
    ['发群消息一个请求最多能发给多少个群？', '400-message-send-error-params-tos-size-cant-exceed-limit-3'],
    [
      'how many targets can one request to the chat room message endpoint have?',
      '400-message-send-error-params-tos-size-cant-exceed',
    ],
  ])('%s: the per-request limit of its kind of target', (text, id) => {
    expect(top(text)).toBe(id);
  });
});
