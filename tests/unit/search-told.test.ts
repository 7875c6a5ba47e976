/**
 * Causes told as events (told.ts) and bare status lines (status-line.ts): a thing gone or never registered, a
 * feature never bought, a value with stray characters, a batch that partly failed inside a 200, and an HTTP
 * client's status line with no body. The queries are examples of the rules, not answers kept for them.
 */
import {describe, expect, it} from 'vitest';
import {absentThings, THINGS} from '../../src/search/absent';
import {isBareStatusLine} from '../../src/search/status-line';
import {flagOfKind} from '../../src/search/symptoms';
import {toldPartial, toldSymptoms, toldThings, untoldSymptoms} from '../../src/search/told';
import {topId as top} from './search-helpers';

const things = (text: string) => THINGS.filter((_, k) => toldThings(text) & (1 << k));

describe('causes told as events', () => {
  it.each([
    'creating a thread under a group we dissolved last week',
    '名单里有个账号还没在 IM 里注册',
    '修改一个上周就被我们删掉的用户的密码',
    '获取用户详情，用户 ID 末尾混进了一个全角空格',
  ])('%s: something is not found', (text) => {
    expect(toldSymptoms(text) & flagOfKind('notFound')).toBeTruthy();
  });

  it.each(['we never bought message roaming', '新上线的 App 里撤回消息失败', '没有购买在线状态服务'])(
    '%s: a feature is not open',
    (text) => {
      expect(toldSymptoms(text) & flagOfKind('notOpen')).toBeTruthy();
    },
  );

  it.each([
    ['查群在线人数，URL 最后的 type 是空的', 'missing'],
    ['a URL that ends in /type/ with nothing after it', 'missing'],
    ['the type given as the word all instead of a number', 'invalid'],
    ['URL 里 type 后面拼的是 online 这个单词', 'invalid'],
    ['thread member list called with limit=0', 'page'],
  ] as const)('%s: %s', (text, kind) => {
    expect(toldSymptoms(text) & flagOfKind(kind)).toBeTruthy();
  });

  it.each([
    ['we broadcast every 20 minutes', true],
    ['每隔 10 分钟发一次广播', true],
    ['recalling a message sent 20 minutes ago', false],
  ])('%s: a habit, not a time window (%s)', (text, habit) => {
    expect(untoldSymptoms(text) === flagOfKind('time')).toBe(habit);
  });

  it('stray characters in a token name nothing that is looked up', () => {
    expect(toldSymptoms('401 after the token was pasted into our config with a trailing quote')).toBe(0);
  });

  it.each([
    ['分页获取群成员，群 ID 拼进 URL 的时候两边多了一对引号', ['group']],
    ['模板名是运营在表格里填的，后面带了个空格', ['template']],
    ['adding a thread to a group that we disbanded yesterday', ['group']],
    ['修改一个上周就被我们删掉的用户的密码', ['user']],
    ['a group we created yesterday', []],
  ])('%s names %j', (text, expected) => {
    expect(things(text)).toEqual(expected);
  });

  it('names things as absent.ts does', () => {
    expect(toldThings('用户 ID 末尾多了个换行符')).toBe(absentThings('用户不存在'));
  });

  it.each([
    ['one element of data comes back as a plain string', true],
    ['批量移除群成员返回 200，但结果里有一个用户标着不存在', true],
    ['the data of the group is a string', false],
    ['批量注册时数组里有一个用户的密码字段写成了 pwd，整批都失败了', false],
  ])('%s tells a partial failure: %s', (text, expected) => {
    expect(toldPartial(text)).toBe(expected);
  });
});

describe('a client status line with no body', () => {
  it.each([
    ['<-- 503 Service Unavailable https://a1.example.com/app-id/1/messages/chatgroups (30012ms, 0-byte body)', true],
    ['503 Server Error: Service Unavailable for url: https://a1.example.com/app-id/1/users', true],
    ['<-- 400 https://a1.example.com/app-id/1/users {"error":"illegal_argument"}', false],
    ['调 https://a1.example.com/app-id/1/users 返回 400 用户名不合法', false],
    ['<-- 503 Service Unavailable (0-byte body)', false],
  ])('%s: %s', (text, expected) => {
    expect(isBareStatusLine(text)).toBe(expected);
  });
});

describe('the specific entry the told cause points at leads', () => {
  it.each([
    ['creating a thread under a group we dissolved last week returns 404', '404-group-error-not-found'],
    ['获取用户详情返回 404，用户 ID 末尾混进了一个全角空格', '404-service-resource-not-found'],
    [
      '分页获取群成员返回 404，群 ID 拼进 URL 的时候两边多了一对引号',
      '404-service-resource-not-found-do-not-find-group',
    ],
    [
      '新上线的 App 里，服务端撤回消息每次都失败，同样的代码在老 App 里没问题',
      '403-forbidden-op-message-recall-service-unopened',
    ],
    [
      'fetching details of five group ids in one call: one element of data comes back as a plain string instead of a group object',
      '200-group-id-doesnt-exist',
    ],
    [
      'I/okhttp.OkHttpClient: <-- 503 Service Unavailable https://a81.chat.example.com/app-id/3c6a9d1e8f2b4a70/messages/chatgroups (30012ms, 0-byte body)',
      'http-503',
    ],
    ['thread member list called with limit=0 is rejected', '400-group-error-query-param-reaches-limit'],
    [
      'we broadcast to all online users every 20 minutes during a quiz show, and by the evening every call comes back 403',
      '403-forbidden-op-online-user-broadcast-limit-exceeded',
    ],
    [
      'group online count request whose URL ends in /type/ with nothing after it',
      '400-illegal-argument-type-cannot-null',
    ],
    ['批量注册时数组里有一个用户的密码字段写成了 pwd，整批都失败了', '400-illegal-argument-password-pin-must-provided'],
  ])('%s → %s', (query, expected) => {
    expect(top(query)).toBe(expected);
  });
});
