/**
 * The operation a question names in words (operations.ts): "封禁群组接口返回 404" names the disable endpoint as
 * surely as its path would, and among look-alike entries of one status, one that this endpoint is known not to
 * return falls behind. The queries are examples of the rule, not answers kept for them.
 */
import {describe, expect, it} from 'vitest';
import {conceptsOf, operationsNamed, operationsOfTitles} from '../../src/search/operations';
import {publishedEngine, topId as top} from './search-helpers';

const endpoints = publishedEngine.data.endpoints;
const operations = operationsOfTitles(endpoints.map((e) => e.title));
const namedTitles = (text: string) => [
  ...new Set([...operationsNamed(conceptsOf(text), operations)].map((k) => endpoints[k].title.zh)),
];
const ids = (q: string) => publishedEngine.search(q).hits.map((h) => h.doc.id);

describe('operations named in words', () => {
  it.each([
    ['封禁群组的时候报 404', ['封禁群组']],
    ['disabling a chat group fails', ['封禁群组']],
    // "详情" makes the title wider than the list of the app's groups, which it contains.
    ['查群详情 返回 401', ['获取群组详情']],
    ['get the chat room details returns 404', ['查询聊天室详情']],
    // The shared file's upload, not the upload of a message attachment that its words contain.
    ['上传群共享文件失败', ['上传群组共享文件']],
    ['获取子区成员列表返回 404', ['获取子区成员列表']],
    // A user and a message are named in passing: "加到群白名单" is adding users to it.
    ['把人加到群白名单里 返回 403', ['添加单个用户至群组白名单', '批量添加用户至群组白名单']],
    ['获取 reaction 失败', ['根据消息 ID 获取 Reaction']],
  ])('%s → %j', (text, titles) => {
    expect(namedTitles(text)).toEqual(titles);
  });

  it.each(['群 返回 404', 'HTTP 400', '为什么报错', 'token 过期'])('%s names no operation', (text) => {
    expect(namedTitles(text)).toEqual([]);
  });

  it('undoing is its own concept: unmuting names the unmute endpoint, not only muting', () => {
    expect([...conceptsOf('解除群成员禁言')]).toContain('unmute');
    expect(namedTitles('解除群成员禁言 返回 400')).toContain('解除成员禁言');
    expect(namedTitles('禁言群成员 返回 400')).not.toContain('解除成员禁言');
  });

  it('a group member is a group’s: its attributes are not a chat room member’s', () => {
    expect(namedTitles('获取聊天室成员属性')).not.toContain('获取单个群成员的所有自定义属性');
  });

  it('reads every endpoint title but those of a single concept', () => {
    const named = new Set(operations.map((o) => o.endpoint));
    expect(named.size).toBeGreaterThan(endpoints.length * 0.95);
  });
});

describe('look-alike entries of the operation named', () => {
  it('an entry that only the group blocklist returns yields to the chat room one the question means', () => {
    expect(top('批量往聊天室黑名单加人，返回 200，有一个人不在聊天室里')).toBe('200-user-doesnt-exist-in-chatroom');
  });

  it('a look-alike the named endpoint does not return ranks below the status generic entry', () => {
    const found = ids('封禁群组 返回 404，群 ID 是测试环境的');
    expect(found[0]).toBe('404-resource-not-found-grpid-does-not-exist');
    expect(found.indexOf('http-404')).toBeLessThan(found.indexOf('404-service-resource-not-found-do-not-find-group'));
  });

  it.each([
    // A status's generic entry comes from any endpoint, whatever the catalog lists for it.
    ['创建群组 返回 500 Internal Server Error', 'http-500'],
    // A rate limit is counted per app, across endpoints.
    ['获取聊天室成员 返回 429 被限流了', '429-reach-limit-request-reached-api-limit'],
  ])('%s: %s is not held back', (q, id) => {
    expect(top(q)).toBe(id);
  });
});
