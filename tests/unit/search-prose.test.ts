/**
 * A status told in prose or in a client library's exception text is read as the status; a number that counts,
 * measures or dates something is not. A client's body that says what went wrong in `message` counts as the
 * description. The queries are examples of the rules, not answers kept for them.
 */
import {describe, expect, it} from 'vitest';
import {loadCatalog} from '../../src/catalog';
import {expectedStatus, parseQuery} from '../../src/search/query';
import {publishedEngine as engine, topId as top} from './search-helpers';

const status = (q: string) => parseQuery(q).status;

describe('a status in prose or in an exception is the status', () => {
  it.each([
    ['is it safe to retry after a 504 from the send message API, or could the message already have gone out?', 504],
    ['the retry endpoint rejects my request with 400, what is wrong with the body?', 400],
    // The first status said is the one received; the second is the one expected.
    ['I sent PUT to the members list and the API answered 500 instead of 405', 500],
    ['Response status code does not indicate success: 429 (Too Many Requests).', 429],
    ['java.io.IOException: Server returned HTTP response code: 504 for URL: https://a1.example.com/o/a/users', 504],
    [
      '我们的服务调发送消息接口的时候拿到错误码 503，过一会儿重试就好了，想知道这是什么原因，需要我们这边做什么处理吗',
      503,
    ],
    ['删除群组的时候偶尔得到一个 502，日志里没有别的信息，是我们自己网关的问题还是服务端的问题，应该怎么排查', 502],
    [
      '调重发回调的接口想把昨晚没送达的回调再推一遍，服务端直接回 400，响应里什么说明都没有，参数里 date 传的是 2026-11-30 22:30',
      400,
    ],
    [
      '导出聊天记录的接口昨晚跑批的时候回了个 504，今天早上重跑又好了，我们需要在脚本里加重试吗，还是说服务端那边有什么维护窗口',
      504,
    ],
  ])('%s', (q, expected) => {
    expect(status(q)).toBe(expected);
  });
});

describe('a number that counts, measures or dates something is no status', () => {
  it.each([
    'a group with more than 500 members',
    'creating a chat room with a title of 404 characters',
    'a user who has joined 500 chat rooms cannot join one more',
    '群公告写了 502 个字就发不出去了',
    '撤回一条 500 天前发的消息',
    '撤回 500 次以后就撤不动了',
    'the answer came back with 413 KB of JSON',
  ])('%s', (q) => {
    expect(status(q)).toBeUndefined();
  });
});

describe('a status told by its shape, or by its name alone, is the status', () => {
  const STATUSES = [400, 404, 409, 429, 500, 502, 503, 504];
  it.each(STATUSES.flatMap((n) => [`intermittent ${n}s from the API during peak hours`, `we keep getting ${n}s`]))(
    'a status in the plural: %s',
    (q) => expect(status(q)).toBe(Number(q.match(/\d{3}/)![0])),
  );
  it.each(
    STATUSES.flatMap((n) => [
      `plain ${n} with an empty body on every call, maybe our host is wrong`,
      `a bare ${n} and nothing in the response when we call it from the nightly job`,
      `the registration call ends in ${n} on every call from our staging servers today`,
    ]),
  )('a status no verb introduces: %s', (q) => expect(status(q)).toBe(Number(q.match(/\d{3}/)![0])));
  it.each([
    ['our proxy rewrites the method and the server answers "not implemented"', 501],
    ['calling the registration URL with PUT gives method not allowed', 405],
    ['nginx in front logs bad gateway from the IM API during maintenance', 502],
    ['the service unavailable page shows up for a few minutes at night', 503],
    ['gateway timeout when exporting chat history', 504],
    ['uploading a big video fails as payload too large', 413],
    ['two workers write at once and one gets a conflict status back', 409],
  ])('a status named by its reason phrase alone: %s', (q, expected) => {
    expect(status(q)).toBe(expected);
  });
  it.each([
    'adding 500 members with one request to a group',
    'the attribute value holds 404 characters on every save',
    'a chat room of 500 users from our live stream',
    // A not-found of one feature is no status: entries of other statuses say it too.
    'user not found when sending a message',
    'forbidden to post in the group after the owner changed',
  ])('no status: %s', (q) => expect(status(q)).toBeUndefined());

  it('finds the status entry for a question that tells the status only so', () => {
    expect(top('Intermittent 503s from our IM host during peak hours, should we retry with backoff?')).toBe('http-503');
    expect(top('the server answers "not implemented" when our proxy changes the request method')).toBe('http-501');
  });
});

describe('a word after a status is no unit', () => {
  it.each([
    ['创建聊天室 400 名称太长', 400],
    ['给在线用户广播 403 次数超限', 403],
    ['GET /users/tom 404 user not found', 404],
  ])('%s', (q, expected) => {
    expect(status(q)).toBe(expected);
  });
});

describe("a client's body that says what went wrong in `message`", () => {
  const goLog =
    '2026/12/02 11:10:52 reaction add failed user=lu_xi msg=1380535544100998812 emoji=e_01: status 400: ' +
    '{"requestStatusCode":"400","timestamp":1796209852071,"error":"Bad Request","message":"the user is already operation this message"}';

  it('counts as the description, and finds its entry', () => {
    expect(parseQuery(goLog).description).toBe('the user is already operation this message');
    expect(top(goLog)).toBe('400-bad-request-user-already-operation-message');
  });

  it('but a log line of its own `message=` is not a body', () => {
    expect(parseQuery('level=error message=send failed status=400').description).toBeUndefined();
  });
});

describe('an exception that names a status and the address called', () => {
  it("finds the status's entry, not the endpoint's entries of other statuses", () => {
    expect(
      top(
        'java.io.IOException: Server returned HTTP response code: 504 for URL: https://a1.example.com/o/a/chatgroups',
      ),
    ).toBe('http-504');
  });

  it('.NET: the status in the exception, the generic entry when nothing more is said', () => {
    expect(
      top(
        'System.Net.Http.HttpRequestException: Response status code does not indicate success: 503 (Service Unavailable).',
      ),
    ).toBe('http-503');
  });
});

describe('a status denied or expected is not the one received', () => {
  it('a status that did not come ("没报 401，反而返回 400") is not read', () => {
    expect(status('改用户密码的时候没带 token，结果没报 401，反而返回 400 让我提供旧密码')).toBe(400);
  });

  it.each([
    ['the API answered 500 instead of 405', 405],
    ['返回的是 500 不是 404，服务器挂了吗', 404],
    ['修改群组信息时没带 token，结果没报 401，反而返回 400', 401],
    ['not 500 members, only 20', undefined],
  ])('expected in %s', (q, expected) => {
    expect(expectedStatus(q)).toBe(expected);
  });

  it('the entries of the status received that mean what the expected one means are candidates', () => {
    const ids = engine
      .search('I sent PUT to the chat room members list and the API answered 500 instead of 405')
      .hits.slice(0, 3)
      .map((h) => h.doc.id);
    expect(ids).toContain('500-unsupported-service-operation');
  });
});

describe('an error status received is no success', () => {
  // Every failure the API reports inside a 200 (one item of a batch), quoted in a question that got an error status.
  const partial = loadCatalog().entries.filter((e) => e.partial);
  it('the catalog has such entries', () => expect(partial.length).toBeGreaterThanOrEqual(3));
  it.each(partial.map((e) => [e.id, e.sample ?? e.message] as const))(
    '%s is not what a request that got 400 or 500 got',
    (id, message) => {
      for (const status of [400, 500]) {
        const hits = engine.search(`the call returns ${status} saying ${message}, what is wrong?`).hits;
        expect(hits[0]?.doc.id).not.toBe(id);
        expect(hits[0]?.doc.status).toBeGreaterThanOrEqual(400);
      }
    },
  );
  it.each(partial.map((e) => [e.id, e.sample ?? e.message] as const))(
    '%s is still found by its message alone',
    (id, message) => {
      expect(engine.search(message).hits.map((h) => h.doc.id)).toContain(id);
    },
  );
});
