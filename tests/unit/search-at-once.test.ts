/**
 * How many, told as events (told.ts): "同时往 5 个群里发" is one request's items, not requests racing each other; "改了
 * 十来次之后就再也改不动了" is a quota used up, told without a limit's words. The queries are examples of the rules,
 * not answers kept for them.
 */
import {describe, expect, it} from 'vitest';
import {flagOfKind} from '../../src/search/symptoms';
import {toldSymptoms, untoldSymptoms} from '../../src/search/told';
import {topId as top} from './search-helpers';

const CONCURRENT = flagOfKind('concurrent');
const QUOTA = flagOfKind('quota');

describe('items told at once', () => {
  it.each([
    '想同时往 5 个群里发同一条群消息',
    '一个请求同时给 700 个用户发消息',
    'sending to 4 chat groups at the same time',
    'one message to several chat rooms at the same time in one request',
  ])('%s: one request, no race', (text) => {
    expect(untoldSymptoms(text) & CONCURRENT).toBe(CONCURRENT);
  });

  it.each([
    '两个请求同时修改同一条消息',
    'two requests set the same attribute at the same time',
    '同时设置群成员属性，并发了好几个请求',
    // "At the same time" of nothing counted says nothing of a batch.
    '同时修改群公告和群描述',
  ])('%s: requests that may race', (text) => {
    expect(untoldSymptoms(text) & CONCURRENT).toBe(0);
  });

  it('the limit of one request leads, not the generic 409', () => {
    expect(top('想同时往 6 个群组里发一条消息，用一个请求发，报错了')).toBe(
      '400-message-send-error-params-tos-size-cant-exceed-limit-3',
    );
  });
});

describe('done so many times, then no more', () => {
  it.each([
    '一条消息我们改了十来次之后就再也改不动了',
    '同一条消息改了 10 次以后就改不了了',
    'after ten edits the message refuses any more changes',
    'after 12 changes it no longer accepts edits',
  ])('%s: a quota used up', (text) => {
    expect(toldSymptoms(text) & QUOTA).toBe(QUOTA);
  });

  it.each(['重试了三次之后就成功了', 'retried after 5 minutes and it worked', '改了一次'])('%s: no quota', (text) => {
    expect(toldSymptoms(text) & QUOTA).toBe(0);
  });

  it('the edit quota leads', () => {
    expect(top('after ten edits the message refuses any more changes')).toBe(
      '403-message-rewrite-error-reached-its-edit-limit-cannot',
    );
  });
});
