/**
 * What a text says does not exist (absent.ts): entries of one feature that say "not found" of different
 * things are told apart by the thing the question names. The queries are examples of the rule, not answers
 * kept for them.
 */
import {describe, expect, it} from 'vitest';
import {absentFit, absentThings, THINGS, type Thing} from '../../src/search/absent';
import {topId as top} from './search-helpers';

const things = (text: string) => THINGS.filter((_, k) => absentThings(text) & (1 << k));

describe('what a text says does not exist', () => {
  it.each([
    ['聊天室不存在', ['chatroom']],
    ['找不到这个群', ['group']],
    ['子区找不到', ['thread']],
    ['服务器已没有这条消息', ['message']],
    ['设置群成员属性时指定的群组不存在', ['group']],
    ['要设置属性的用户不存在', ['user']],
    ['路径中的群组或聊天室 ID 不存在', ['group', 'chatroom']],
    ['批量添加群成员时，其中有用户不存在', ['user']],
    ['the chat room does not exist', ['chatroom']],
    ['can’t find the user', ['user']],
    ['grpID 42 does not exist!', ['group']],
  ] as [string, Thing[]][])('%s: %s', (text, expected) => {
    expect(things(text)).toEqual(expected);
  });

  it('names nothing when nothing is said to be missing, or when the missing thing is not one it knows', () => {
    expect(absentThings('聊天室名称太长')).toBe(0);
    expect(absentThings('请求中指定的设备资源不存在')).toBe(0);
  });

  it('agrees when the thing is the same, disagrees when it is another, and is silent when either names none', () => {
    const [chatroom, user] = [absentThings('聊天室不存在'), absentThings('用户不存在')];
    expect(absentFit(chatroom, chatroom | absentThings('群组不存在'))).toBe(1);
    expect(absentFit(chatroom, user)).toBe(-1);
    expect(absentFit(0, user)).toBe(0);
  });
});

describe('a question lands on the not-found entry of the thing it names', () => {
  it('takes "聊天室找不到" for the chat room’s entry, not the user attributes’ one that shares 设置属性', () => {
    expect([
      '404-service-resource-not-found-do-not-find-group',
      '404-resource-not-found-grpid-does-not-exist',
    ]).toContain(top('设置属性 返回 404 聊天室找不到'));
  });
});
