/**
 * Whose count a limit counts (scopes.ts): the app's, one user's, a group's members, or one side of two users.
 * Look-alike limits of one feature are told apart by it. The queries are examples of the rule, not answers kept
 * for them.
 */
import {describe, expect, it} from 'vitest';
import {scopeFit, scopesOf, SCOPES, type Scope} from '../../src/search/scopes';
import {topId as top} from './search-helpers';

const flags = (...names: Scope[]) => names.reduce((f, s) => f | (1 << SCOPES.indexOf(s)), 0);
const has = (text: string, scope: Scope) => (scopesOf(text) & flags(scope)) !== 0;

describe('whose count a text names', () => {
  it.each([
    ['应用下面的聊天室总数满了', 'app'],
    ['整个 App 的用户属性用完了', 'app'],
    ['the app has reached its limit on groups', 'app'],
    ['too many threads in total', 'app'],
    ['对方加入的群数量到上限', 'user'],
    ['单个用户的属性超过 2KB', 'user'],
    ['the user has joined too many groups', 'user'],
    ['the per-user quota', 'user'],
    ['用户所在的群数量超过限制', 'user'],
    ['群里已经满员了', 'members'],
    ['the group is full', 'members'],
    ['新的上限比现在的人数还少', 'members'],
    ['the group’s maximum size', 'members'],
    ['发起方的好友满了', 'actor'],
    ['my own contact list is full', 'actor'],
    ['被加的那个人好友满了', 'target'],
    ['the person I’m adding has a full contact list', 'target'],
    ['其中一方的好友数已满', 'either'],
  ] as [string, Scope][])('%s: %s', (text, scope) => {
    expect(has(text, scope)).toBe(true);
  });

  it('does not read "App 没有开通", members to add ("要加入的成员数") or a member array as a scope', () => {
    expect(scopesOf('App 没有开通子区功能')).toBe(0);
    expect(has('要加入的成员数超过了上限', 'user')).toBe(false);
    expect(has('接收成员数组为空', 'members')).toBe(false);
  });
});

describe('how well an entry’s scope agrees with a question’s', () => {
  it('agrees on a shared scope, disagrees on another, and is silent when either names none', () => {
    expect(scopeFit(flags('app'), flags('app'))).toBe(1);
    expect(scopeFit(flags('user'), flags('app'))).toBe(-1);
    expect(scopeFit(0, flags('app'))).toBe(0);
    expect(scopeFit(flags('app'), 0)).toBe(0);
  });

  it('prefers, of two users, the entry about the side a question names, and the entry about either side when it names none', () => {
    expect(scopeFit(flags('actor'), flags('either'))).toBe(-0.5);
    expect(scopeFit(0, flags('target'))).toBe(-0.5);
    expect(scopeFit(0, flags('either'))).toBe(0);
    expect(scopeFit(flags('target'), flags('actor'))).toBe(-1);
    expect(scopeFit(flags('either'), flags('actor'))).toBe(-0.5);
  });
});

describe('a question lands on the limit that counts what it counts', () => {
  it.each([
    ['创建聊天室 报 403 App 下面的聊天室数量满了', '403-exceed-limit-appkey-create-too-many-chatrooms'],
    ['把人拉进群 报 403 对方加入的群已经到上限', '403-exceed-limit-user-joined-too-many-groups'],
    [
      'the app has reached the maximum number of chat groups it may create',
      '403-exceed-limit-appkey-create-too-many-groups',
    ],
    ['添加好友 返回 403 我自己的好友已经满了', '403-exceed-limit-inviters-contact-max-count'],
    ['添加好友 报 403 对方的好友数已经到上限', '403-exceed-limit-invitees-contact-max-count'],
    ['对方好友已满 加好友 403', '403-exceed-limit-invitees-contact-max-count'],
  ])('%s', (q, id) => {
    expect(top(q)).toBe(id);
  });
});
