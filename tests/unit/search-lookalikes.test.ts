/**
 * Look-alike entries that the words of a question alone cannot tell apart: the endpoint a request line names,
 * what creating a place is limited by, a status named in words, and the time since an event. The queries are
 * examples of each rule, not answers kept for them.
 */
import {describe, expect, it} from 'vitest';
import {creationScopes, scopesOf, SCOPES} from '../../src/search/scopes';
import {flagOfKind, symptomFit, SYMPTOM_KINDS, symptomsOf} from '../../src/search/symptoms';
import {publishedEngine as engine, topId as top} from './search-helpers';

describe("a request line's endpoint decides between entries with the same message", () => {
  it.each([
    // The message is misquoted: words find both look-alikes, the endpoint only its own.
    ['POST /o1/a1/chatgroups/7/share_files 400 file must provided', '400-illegalargumentexception-file-must-provided'],
    ['POST /o1/a1/chatfiles 400 file must provided', '400-illegal-argument-file-must-provided'],
    [
      'GET /o1/a1/metadata/chatgroup/5/user/tom 404 user is not in the group',
      '404-metadataexception-user-not-in-group',
    ],
    ['POST /o1/a1/thread 404 user is not in the group', '404-group-error-user-not-in'],
  ])('%s', (q, id) => {
    expect(top(q)).toBe(id);
  });

  it("names the endpoint of the entry found, a misquoted message's too", () => {
    const response = engine.search('POST /o1/a1/chatgroups/7/share_files 400 file must provided');
    expect(response.hits[0].endpoint).toBe(response.endpoint?.id);
    expect(response.endpoint?.path).toContain('share_files');
  });
});

describe('creating a place meets the limit on how many exist', () => {
  const app = 1 << SCOPES.indexOf('app');
  it('a question about creating that names no scope and no people counts what the app holds', () => {
    expect(creationScopes('建群的时候超过上限', 0)).toBe(app);
    expect(creationScopes('creating a chat room hits the limit', 0)).toBe(app);
  });
  it('people or a scope named say another count', () => {
    expect(creationScopes('建群的时候成员太多', 0)).toBe(0);
    expect(creationScopes('creating a group with too many members', 0)).toBe(0);
    const joined = scopesOf('群主加入的群太多');
    expect(joined & (1 << SCOPES.indexOf('user'))).not.toBe(0);
    expect(creationScopes('群主加入的群太多', joined)).toBe(joined);
  });
  it('what is to be joined is not what a user has joined', () => {
    expect(scopesOf('要加入的成员数超过了上限') & (1 << SCOPES.indexOf('user'))).toBe(0);
  });
  it.each([
    ['建群报 403 已达上限', '403-exceed-limit-appkey-create-too-many-groups'],
    ['建新群时 403 超出上限', '403-exceed-limit-appkey-create-too-many-groups'],
    ['新建聊天室时提示聊天室过多', '403-exceed-limit-appkey-create-too-many-chatrooms'],
    ['创建子区失败 提示超出上限', '403-group-error-thread-number-reached-limit'],
    ['新开一个子区 超过上限', '403-group-error-thread-number-reached-limit'],
    ['创建群组 403 群主加入的群组数到上限', '403-exceed-limit-user-joined-too-many-groups'],
  ])('%s', (q, id) => {
    expect(top(q)).toBe(id);
  });
});

describe('a status named in words restates the status', () => {
  const kinds = (text: string) => SYMPTOM_KINDS.filter((kind) => symptomsOf(text) & flagOfKind(kind));
  it.each([
    ['请求过多', ['restated']],
    ['请求超时了', ['restated']],
    ['找不到资源', ['restated']],
    ['服务端异常', ['restated']],
    ['没有认证', ['restated']],
    ['错误的请求', ['restated']],
  ])('%s is only a restatement: its words are not a limit, a time or a missing thing', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
  it.each([
    ['被限流了', 'rate'],
    ['权限不足', 'permission'],
    ['找不到群组', 'notFound'],
  ])('%s is a symptom, not a name', (text, kind) => {
    expect(kinds(text)).toContain(kind);
    expect(kinds(text)).not.toContain('restated');
  });
  it.each([
    ['修改群名称 返回 400 错误的请求', 'http-400'],
    ['撤回消息 返回 400 请求错误', 'http-400'],
    ['获取聊天室详情 返回 429 被限流了', '429-reach-limit-request-reached-api-limit'],
    ['查询聊天室成员 429 触发限流', '429-reach-limit-request-reached-api-limit'],
  ])('%s', (q, id) => {
    expect(top(q)).toBe(id);
  });
});

describe('the time since an event points at the time window', () => {
  const since = flagOfKind('since');
  it.each([
    '一小时前发的',
    '前天发的',
    '三个月前上传的',
    '已经过了好几个小时',
    'sent 3 days ago',
    'from yesterday',
    'uploaded last month',
  ])('%s says how long ago', (text) => {
    expect(symptomsOf(text) & since).not.toBe(0);
  });
  it.each(['刚发的', '前面的消息', 'a few messages ago?'])('%s does not', (text) => {
    expect(symptomsOf(text) & since).toBe(0);
  });
  it('a time limit agrees, something expired by half, anything else not', () => {
    expect(symptomFit(since, flagOfKind('limit') | flagOfKind('time'))).toBe(1);
    expect(symptomFit(since, flagOfKind('notFound') | flagOfKind('expired'))).toBe(0.5);
    expect(symptomFit(since, flagOfKind('missing'))).toBe(-1);
  });
  it.each([
    ['撤回前天发的一条单聊消息', '403-message-recall-error-exceed-time-limit'],
    ["can't recall a one-to-one message sent two hours ago", '403-message-recall-error-exceed-time-limit'],
    ['recall fails for a message from last week', '403-message-recall-error-exceed-time-limit'],
  ])('%s', (q, id) => {
    expect(top(q)).toBe(id);
  });
});
