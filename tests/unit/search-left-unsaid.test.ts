/**
 * A choice the request left unsaid (told.ts): "没说明对方是单聊用户还是群组", "without saying whether it was a one-to-one or
 * a group message" tell that the parameter saying it was not sent: missing. The queries are examples of the rule,
 * not answers kept for them.
 */
import {describe, expect, it} from 'vitest';
import {flagOfKind} from '../../src/search/symptoms';
import {toldSymptoms} from '../../src/search/told';
import {topId as top} from './search-helpers';

const MISSING = flagOfKind('missing');

describe('a choice left unsaid', () => {
  it.each([
    '删除用户会话的时候没说明对方是单聊用户还是群组',
    '撤回消息时没指定这条消息是单聊还是群聊',
    '统计群在线人数时没说明要查哪种类型',
    'we did not say whether the peer is a user or a group',
    'recalling a message without saying whether it was a group message',
  ])('%s: missing', (text) => {
    expect(toldSymptoms(text) & MISSING).toBe(MISSING);
  });

  it.each(['文档没说明上限是多少', '我们说明了是群聊', 'we said it was a group'])('%s: nothing left unsaid', (text) => {
    expect(toldSymptoms(text) & MISSING).toBe(0);
  });
});

describe('in the engine', () => {
  it('the chat type of a recall left unsaid: the recall entry that wants it', () => {
    expect(top('撤回消息的时候没指定是单聊还是群聊，报 400')).toBe(
      '400-message-recall-error-param-chat-type-cant-empty',
    );
  });

  it('the type of an online count left unsaid: its type is missing, not its group ID', () => {
    expect(top('统计群在线人数时没说明要查哪种类型，返回 400')).toBe('400-illegal-argument-type-cannot-null');
  });
});
