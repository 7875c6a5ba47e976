/**
 * What a question says the server said, in the asker's words (said.ts): a specific entry whose own text holds it is
 * what the question got, ahead of the status's generic entry. The queries are examples of the rule.
 */
import {describe, expect, it} from 'vitest';
import {serverSaid} from '../../src/search/said';
import {topId as top} from './search-helpers';

describe('what the server said', () => {
  it.each([
    ['注册用户报 401，提示不允许开放注册，需要 token', '不允许开放注册'],
    ['接口说不支持这个媒体类型', '不支持这个媒体类型'],
    ['服务端回了个“无效请求”的 400', '无效请求'],
    ['错误信息是 用户不存在', '用户不存在'],
    [
      'creating a chat room returns 400 saying the ID already exists, even though we pass none',
      'the ID already exists',
    ],
    ['the call fails and the error says "token is blank"', 'token is blank'],
  ])('is read from: %s', (q, said) => expect(serverSaid(q)).toBe(said));

  it.each(['返回 400，提示参数错误', '接口返回 401 提示未授权', 'the error says Bad Request'])(
    'is not a status named in words: %s',
    (q) => expect(serverSaid(q)).toBeUndefined(),
  );

  it.each(['注册用户失败了', 'why does registering a user fail?', '说实话我也不知道哪里错了'])(
    'is nothing when the question quotes no reply: %s',
    (q) => expect(serverSaid(q)).toBeUndefined(),
  );

  it('puts the entry whose words hold what was said ahead of the generic entry of the status', () => {
    expect(top('客户端直接注册用户返回 401，后台提示不允许开放注册，这个开关在哪里')).toBe(
      '401-unauthorized-open-registration-doesnt-allow-so',
    );
  });
});
