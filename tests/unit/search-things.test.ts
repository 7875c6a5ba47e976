/**
 * One vocabulary of counted things (things.ts): the rule of the thing counted (absent.ts `countedThings`) and the
 * rule of counts against limits (counts.ts `questionCounts`, `entryLimits`) read "a number and the thing it counts"
 * the same way, so that a word known to one is known to the other. The texts are examples of the reading, not
 * answers kept for them.
 */
import {describe, expect, it} from 'vitest';
import {absentThings, countedThings, thingsNamed} from '../../src/search/absent';
import {entryLimits, questionCounts} from '../../src/search/counts';

/** The flag of what a count's thing is, as absent.ts names things: a contact is a user. */
const flagOfCounted = (thing: string | undefined) => thingsNamed(thing === 'contact' ? 'user' : (thing ?? ''));

describe('words the limit counts knew are read by the thing counted', () => {
  it.each([
    ['batch registration of 75 accounts', '用户'],
    ['批量注册一次提交了 100 个账号', '用户'],
    ['一次往子区里拉 15 个人', '用户'],
    ['importing more than 10 friends at once', '用户'],
    ['一次导入了 30 个联系人', '用户'],
    // A live "room" is a chat room.
    ['同一条通知同时发往 12 个房间', '聊天室'],
    ['pushing one notice to 12 rooms in one send', 'chat rooms'],
  ])('%s counts %s', (text, named) => {
    expect(countedThings(text)).toBe(thingsNamed(named));
  });

  it('a thing one word names is the thing of a not-found too', () => {
    expect(absentThings('这个账号在 IM 里不存在')).toBe(thingsNamed('用户'));
  });
});

describe('words and numbers the thing counted knew are read by the limit counts', () => {
  it.each([
    ['我们 App 里已经建了十万个子区', [{n: 100_000, thing: 'thread'}]],
    ['setting 12 tags on one chat room member', [{n: 12, thing: 'tag'}]],
    ['setting 15 chat room custom attributes in one call', [{n: 15, thing: 'attribute'}]],
    ['对方已经有几千个好友了', [{n: 2_000, thing: 'contact'}]],
    ['我们已经建了一万多个聊天室', [{n: 10_001, thing: 'chatroom'}]],
    ['we already have 10,000 chat rooms', [{n: 10_000, thing: 'chatroom'}]],
  ])('%s → %j', (text, expected) => {
    expect(questionCounts(text)).toEqual(expected);
  });
});

describe('the thing counted is the last of the words after the number', () => {
  it.each([
    ['mute more than 60 group members at once', 'user'],
    ['一次解除 80 个聊天室成员的禁言', 'user'],
    ['pushing 150 chat room messages', 'message'],
  ])('%s counts %s, in both rules', (text, thing) => {
    expect(questionCounts(text).map((c) => c.thing)).toEqual([thing]);
    expect(countedThings(text)).toBe(flagOfCounted(thing));
  });

  it.each([
    ['More than 20 group members were included in one batch attribute update.', [{n: 20, thing: 'user'}]],
    ['More than 10 chat room tags are set for one user.', [{n: 10, thing: 'tag'}]],
    ['Too many users in one batch query (the limit is 100).', [{n: 100, thing: undefined}]],
  ])('an entry: %s → %j', (text, expected) => {
    expect(entryLimits(text)).toEqual(expected);
  });
});

describe('what is no count', () => {
  it.each([
    '删除子区 返回 404 子区不存在',
    '2026/12/02 09:47:30 threads: list for user qiu_yi',
    '删除子区时 thread_id 用的是子区里第一条消息的 ID',
    'creating a thread fails with 403, thread limit reached',
    'Application 5d3c2a10-8f3e-11ef-a0f1-7b3c2e9d4f51 Entity user requires that property named username be unique',
  ])('%s', (text) => {
    expect(countedThings(text)).toBe(0);
    expect(questionCounts(text)).toEqual([]);
  });
});
