/**
 * A thing gone in other words (cleared.ts): cleaned up, purged, wiped, never migrated. The name the request sends
 * finds nothing: not found. The queries are examples of the rule, not answers kept for them.
 */
import {describe, expect, it} from 'vitest';
import {CLEARED} from '../../src/search/cleared';
import {flagOfKind} from '../../src/search/symptoms';
import {toldSymptoms} from '../../src/search/told';
import {topId as top} from './search-helpers';

const NOT_FOUND = flagOfKind('notFound');

describe('gone in other words', () => {
  it.each([
    '名单里有个测试账号上周被清理掉了',
    '账号清理时被清掉了',
    '有几个账号当时没迁过来',
    '迁移的时候漏掉了一个群',
    'an account that was purged during our cleanup',
    'a group that was wiped when we reset the staging app',
    'the users were never migrated',
  ])('%s: not found', (text) => {
    expect(CLEARED.test(text)).toBe(true);
    expect(toldSymptoms(text) & NOT_FOUND).toBe(NOT_FOUND);
  });

  it.each(['清空群消息后再拉漫游', 'we cleaned the request body of nulls', '迁移完成后登录失败'])(
    '%s: nothing gone',
    (text) => {
      expect(CLEARED.test(text)).toBe(false);
    },
  );
});

describe('in the engine', () => {
  it('a chat room member cleaned up with test data: the user does not exist', () => {
    expect(top('把用户加入聊天室，其中一个用户在账号清理时被清理掉了')).toBe(
      '404-resource-not-found-username-doesnt-exist',
    );
  });

  it('a password changed for a purged user: that user is not found', () => {
    expect(top('修改一个已被清理的用户的密码，返回 404')).toBe('404-entity-not-found-user-null');
  });

  it('an account purged before it was added to a chat room', () => {
    expect(top('adding a member to a chat room whose account was purged during our test-data cleanup fails')).toBe(
      '404-resource-not-found-username-doesnt-exist',
    );
  });
});
