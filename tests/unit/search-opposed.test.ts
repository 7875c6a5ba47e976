/**
 * Operations told opposite to a look-alike's (opposed.ts): an entry that only the opposite of the operation a
 * question names returns (the kick endpoint's limit for a question about adding members) falls behind the one
 * that operation returns. The queries are examples of the rule, not answers kept for them.
 */
import {describe, expect, it} from 'vitest';
import {conceptsOf} from '../../src/search/operations';
import {EndpointVerbs, opposableVerbs, opposedVerbs} from '../../src/search/opposed';
import {topId as top} from './search-helpers';

const verbs = (text: string) => [...opposableVerbs(conceptsOf(text))].sort();

describe('the verbs a text names', () => {
  it.each([
    ['聊天室批量加成员', ['add']],
    ['批量移除聊天室成员', ['remove']],
    // Undoing is told with the words of what it undoes: 解除禁言 holds 禁言, 取消订阅 holds 订阅.
    ['批量解除群成员禁言', ['unmute']],
    ['禁言群成员', ['mute']],
    ['取消订阅在线状态', ['unsubscribe']],
    ['Unmute group members', ['unmute']],
    ['Enable a disabled chat group', ['disable', 'enable']],
    // Strings joined by commas are not someone joining.
    ['kicking 80 people out, ids joined by commas', ['remove']],
    ['获取群组详情', []],
  ])('%s → %j', (text, expected) => {
    expect(verbs(text)).toEqual(expected);
  });

  it('a question naming both of a pair opposes neither', () => {
    expect([...opposedVerbs(new Set(['add']))]).toEqual(['remove']);
    expect([...opposedVerbs(new Set(['unmute']))]).toEqual(['mute']);
    expect([...opposedVerbs(new Set(['add', 'remove']))]).toEqual([]);
    expect([...opposedVerbs(new Set())]).toEqual([]);
  });
});

describe('entries only the opposite operation returns', () => {
  const titles = [
    {zh: '批量添加聊天室成员', en: 'Add chat room members in a batch'},
    {zh: '批量移除聊天室成员', en: 'Remove chat room members in a batch'},
    {zh: '获取聊天室详情', en: 'Get chat room details'},
  ];
  const endpointVerbs = new EndpointVerbs(titles);
  const asked = new Set(['add']);
  const opposed = opposedVerbs(asked);

  it('an entry of the remove endpoint alone is opposed to a question about adding', () => {
    expect(endpointVerbs.opposes([1], asked, opposed)).toBe(true);
  });

  it('an entry that the operation asked also returns, or another one, is not', () => {
    expect(endpointVerbs.opposes([0, 1], asked, opposed)).toBe(false);
    expect(endpointVerbs.opposes([1, 2], asked, opposed)).toBe(false);
    expect(endpointVerbs.opposes([0], asked, opposed)).toBe(false);
  });

  it('an entry of no endpoint, or a question of no verb, is never opposed', () => {
    expect(endpointVerbs.opposes([], asked, opposed)).toBe(false);
    expect(endpointVerbs.opposes([1], new Set(), new Set())).toBe(false);
  });
});

describe('in the engine', () => {
  it('adding chat room members over the limit: the add endpoint’s limit, not the kick endpoint’s', () => {
    expect(top('往聊天室里批量加成员，一次 90 个人，报 400')).toBe(
      '400-invalid-parameter-addmembers-addmembers-number-more-than',
    );
  });

  it('removing them over the limit still finds the kick endpoint’s', () => {
    expect(top('批量把 70 个人从聊天室移除，返回 400')).toBe(
      '400-invalid-parameter-kickmember-kickmembers-number-more-than',
    );
  });
});
