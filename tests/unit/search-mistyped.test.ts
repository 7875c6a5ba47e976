/**
 * Names told mistyped (told.ts): "模板名大小写写错了", "the username was misspelled" say that what was sent names
 * nothing stored, so the not-found entry of the thing named fits, not the status's generic entry. The queries are
 * examples of the rule, not answers kept for them.
 */
import {describe, expect, it} from 'vitest';
import {THINGS} from '../../src/search/absent';
import {flagOfKind} from '../../src/search/symptoms';
import {toldSymptoms, toldThings} from '../../src/search/told';
import {topId as top} from './search-helpers';

const things = (text: string) => THINGS.filter((_, k) => toldThings(text) & (1 << k));

describe('a name told mistyped', () => {
  it.each([
    ['删除推送模板时模板名拼错了一个字母', ['template']],
    ['模板名大小写写错了', ['template']],
    ['获取群组详情，群组 ID 少抄了一位', ['group']],
    ['修改子区名称，子区 ID 复制的时候打错了', ['thread']],
    ['the template name was typed in the wrong case', ['template']],
    // Told before the name: the nearer of the names around the mistake.
    ['removing a chat room admin with a misspelled user id', ['user']],
    ['创建子区，group_id 拼错了', ['group']],
  ])('%s names %j', (text, expected) => {
    expect(things(text)).toEqual(expected);
    expect(toldSymptoms(text) & flagOfKind('notFound')).toBeTruthy();
  });

  it.each([
    // No thing named: nothing is said to be missing.
    '不知道哪个参数写错了',
    // A path told misspelt is no lookup of a thing.
    'URL 里的 chatgroups 拼错了，群组接口返回 500',
    'a typo in the endpoint path of the group API',
  ])('%s: nothing is told missing', (text) => {
    expect(things(text)).toEqual([]);
    expect(toldSymptoms(text) & flagOfKind('notFound')).toBe(0);
  });
});

describe('in the engine', () => {
  it('a user ID with a digit mistyped: the user is not found, not the generic 404', () => {
    expect(top('获取用户详情返回 404，用户 ID 打错了一位')).toBe('404-service-resource-not-found');
  });

  it('a superadmin’s username in the wrong case: the user is not found', () => {
    expect(top('添加超级管理员返回 404，用户名大小写写错了')).toBe('404-resource-not-found-username-doesnt-exist');
  });

  it('a username in the wrong case: the user is not found, not the generic 404', () => {
    expect(top('修改用户密码返回 404，用户名大小写写错了')).toBe('404-entity-not-found-user-null');
  });
});
