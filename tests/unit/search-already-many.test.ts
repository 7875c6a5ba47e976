/**
 * Already in many of something (told.ts): "the owner is already in lots of rooms", "他已经在好多群里了" tell a quota of
 * one user's memberships used up, not a thing that exists already. The queries are examples of the rule, not
 * answers kept for them.
 */
import {describe, expect, it} from 'vitest';
import {flagOfKind} from '../../src/search/symptoms';
import {toldSymptoms, untoldSymptoms} from '../../src/search/told';
import {topId as top} from './search-helpers';

const QUOTA = flagOfKind('quota');
const EXISTS = flagOfKind('exists');

describe('already in many', () => {
  it.each([
    'the owner we picked is already in lots of rooms',
    'he is already in hundreds of groups',
    'the bot is already a member of a huge number of groups',
    '他已经在好多群里了',
    '这个用户已经加了很多聊天室',
  ])('%s: a quota, nothing that exists already', (text) => {
    expect(toldSymptoms(text) & QUOTA).toBe(QUOTA);
    expect(untoldSymptoms(text) & EXISTS).toBe(EXISTS);
  });

  it.each(['这个人已经在群里了', 'the user is already in the group', 'a group ID that already exists'])(
    '%s: in one already, no quota',
    (text) => {
      expect(toldSymptoms(text) & QUOTA).toBe(0);
      expect(untoldSymptoms(text) & EXISTS).toBe(0);
    },
  );
});

describe('in the engine', () => {
  it('an owner in many chat rooms: the joined-too-many entry, not the generic 403', () => {
    expect(top('creating a chat room answers 403, the owner is already in lots of chat rooms')).toBe(
      '403-exceed-limit-user-joined-too-many-chatrooms',
    );
  });

  it('a user in many threads: the thread quota, not a thread created already', () => {
    expect(top('adding a user to a thread fails with 403: he is already in many threads')).toBe(
      '403-group-error-user-join-thread-reach-limit',
    );
  });
});

describe('a rate ruled out', () => {
  const RATE = flagOfKind('rate');
  it.each([
    '下午开始再发就失败，不是频率问题',
    '和频率无关，隔几分钟再发也不行',
    "it's not a rate limit, waiting does not help",
    'we are not being throttled',
  ])('%s: no rate', (text) => expect(untoldSymptoms(text) & RATE).toBe(RATE));
  it.each(['发得太频繁被限流了', 'we hit the rate limit'])('%s: a rate still', (text) => {
    expect(untoldSymptoms(text) & RATE).toBe(0);
  });
});
