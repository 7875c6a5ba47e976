/**
 * The request field a question quotes (fields.ts): entries of one endpoint that say the same thing of
 * different fields are told apart by it. The queries are examples of the rule, not answers kept for them.
 */
import {describe, expect, it} from 'vitest';
import {entryFields, fieldFit, quotedFields} from '../../src/search/fields';
import {topId as top} from './search-helpers';

describe('the fields a text quotes', () => {
  it('reads an entry’s fields from the backticks of its summaries', () => {
    expect(entryFields('接收方数组 `to` 为空或未传。\nThe recipient array `to` is empty.')).toEqual(['to']);
    expect(entryFields('批量订阅时，`usernames` 为空；`msgIdList` 超过上限')).toEqual(['usernames', 'msgidlist']);
    expect(entryFields('没有字段名')).toEqual([]);
  });

  it('takes every Latin word of a Chinese question, and only identifiers or quoted words of an English one', () => {
    expect(quotedFields('发消息 返回 400 to 为空')).toEqual(['to']);
    expect(quotedFields('send a message to a user, `ext` is not an object')).toEqual(['ext']);
    expect(quotedFields('the msg_id and chatType are wrong')).toEqual(['msg_id', 'chattype']);
    expect(quotedFields('send a message to a user')).toEqual([]);
  });

  it('reads the Chinese names the summaries give a few fields', () => {
    expect(quotedFields('注册用户 返回 400 没有密码')).toEqual(['password']);
    expect(quotedFields('缺少新密码')).toEqual(['newpassword']);
    // The sender is a field when a value is said to be missing (the engine passes that), a person otherwise.
    expect(quotedFields('发消息 发送方是空的', true)).toEqual(['from']);
    expect(top('注册用户 返回 400 没有密码')).toBe('400-illegal-argument-password-pin-must-provided');
  });

  it('agrees when the entry quotes the field, disagrees when it quotes others, and is silent otherwise', () => {
    expect(fieldFit(['to'], ['to'])).toBe(1);
    expect(fieldFit(['to'], ['type'])).toBe(-1);
    expect(fieldFit([], ['type'])).toBe(0);
    expect(fieldFit(['to'], [])).toBe(0);
  });
});

describe('a question lands on the entry of the field it quotes', () => {
  it.each([
    ['发消息 返回 400 to 为空', '400-message-send-error-param-cant-empty'],
    ['删除会话 返回 400 type 为空', '400-illegal-argument-field-type-cannot-null-empty'],
    ['注册用户 返回 400 没传 username', '400-illegal-argument-entity-user-requires-property-named-username'],
    ['订阅在线状态 返回 400 usernames 是空的', '400-illegal-argument-usernames-empty'],
  ])('%s', (q, id) => {
    expect(top(q)).toBe(id);
  });

  it('does not take a broadcast’s entry for a question that names no broadcast', () => {
    expect(top('发消息 返回 400 from 是空字符串')).toBe('400-message-send-error-param-from-cant-empty');
    expect(top('发广播 返回 400 from 为空')).toBe('400-illegal-argument-from-cant-empty');
  });
});
