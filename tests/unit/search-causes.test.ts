/**
 * A cause told in one's own words beside a status: the specific entry of the status whose explanation the
 * question's rarer words share comes before the status's generic entry, which stays first when nothing specific
 * fits. The queries are examples of the rule, not answers kept for them.
 */
import {describe, expect, it} from 'vitest';
import {causeWords, countStatusWords, fittingCauses, weightInStatus} from '../../src/search/causes';
import {isHtmlPage, parseQuery} from '../../src/search/query';
import {absentThings, THINGS} from '../../src/search/absent';
import {flagOfKind, questionSymptoms, SYMPTOM_KINDS, symptomsOf} from '../../src/search/symptoms';
import {synonymsOf} from '../../src/search/synonyms';
import {publishedEngine as engine, topId as top} from './search-helpers';

describe('a cause told in its own words outranks the generic entry of its status', () => {
  it.each([
    [
      '批量注册的数组里同一个人写了两遍 密码还不一样 返回 400',
      '400-duplicate-unique-property-exists-same-user-different-password-passwords',
    ],
    ['给同一条消息点第二次同样的表情 返回 400', '400-bad-request-user-already-operation-message'],
    ['对一个只读的接口发了 DELETE 返回 500', '500-unsupported-service-operation'],
    ['发消息 返回 400 from 变量还没赋值就被序列化进去了', '400-message-send-error-param-from-cant-empty'],
    ['token 被截断了 返回 401', '401-auth-bad-access-token-unable-authenticate-due-corrupt'],
  ])('%s', (q, id) => {
    expect(top(q)).toBe(id);
  });

  it('the generic entry comes second, not gone', () => {
    const ids = engine.search('对一个只读的接口发了 DELETE 返回 500').hits.map((h) => h.doc.id);
    expect(ids.slice(0, 2)).toEqual(['500-unsupported-service-operation', 'http-500']);
  });
});

describe('the generic entry stays first when nothing specific fits', () => {
  it.each([
    // Words the status's entries do not explain, or only the operation's words.
    ['调接口返回 400 不知道哪里错了', 'http-400'],
    ['接口返回 404 响应里什么都没说', 'http-404'],
    ['突然所有接口都返回 500 了', 'http-500'],
    ['发送消息接口返回 500 怎么办', 'http-500'],
    ['调用获取群组详情接口返回 500', 'http-500'],
    // A reason phrase restates the status: "Conflict" is not a cause, though every 409 entry says it.
    ['409 Conflict', 'http-409'],
    ['注册用户 返回 400 Bad Request', 'http-400'],
  ])('%s', (q, id) => {
    expect(top(q)).toBe(id);
  });

  it('a question that names a kind of failure wants an entry of that kind, not one its other words fit', () => {
    // "子区里" is in the explanation of another entry (a thread on a message in a thread), which is no limit.
    expect(top('一次往子区里加 15 个人 返回 400')).toBe('400-group-error-request-body-reaches-limit');
  });
});

describe('the words that can tell a cause', () => {
  it('leave out the status, its names and reason phrase, filler, numbers and pairs across a filler character', () => {
    expect(causeWords('注册用户 返回 400 Bad Request 参数错误', 400)).toEqual(['注册', '册用', '用户']);
    expect(causeWords('409 Conflict', 409)).toEqual([]);
    expect(causeWords('配置文件的时候少了几位', 400)).not.toContain('件的');
  });

  it('weigh by how few entries of the status have them; a word half of them have weighs nothing', () => {
    const counts = countStatusWords([
      {status: 401, words: ['token', '复制']},
      {status: 401, words: ['token', '过期']},
      {status: 401, words: ['token']},
    ]);
    const status = counts.get(401)!;
    expect(weightInStatus(status, ['token'])).toBe(0);
    expect(weightInStatus(status, ['复制'])).toBeCloseTo(Math.log(4));
    expect(weightInStatus(status, ['没有'])).toBe(0);
    // A synonym counts as the word: the rarest of them decides.
    expect(weightInStatus(status, ['坏了', '复制'])).toBeCloseTo(Math.log(4));
  });

  it('fit one entry, or a few alike, never many, and only above the weight of a word one entry has', () => {
    expect(fittingCauses([{i: 1, fit: 5}], 20)).toEqual([1]);
    expect(fittingCauses([{i: 1, fit: 2}], 20)).toEqual([]);
    expect(
      fittingCauses(
        [
          {i: 1, fit: 5},
          {i: 2, fit: 4},
          {i: 3, fit: 1},
        ],
        20,
      ),
    ).toEqual([1, 2]);
    const alike = [1, 2, 3, 4, 5].map((i) => ({i, fit: 5}));
    expect(fittingCauses(alike, 20)).toEqual([]);
  });

  it('a user who never registered is not found; a name someone has used is there already', () => {
    for (const q of ['删除一个从来没注册过的用户', '路径里的用户还没注册', 'the user was never registered'])
      expect(symptomsOf(q) & flagOfKind('notFound')).not.toBe(0);
    // Registering that failed is no missing user.
    expect(symptomsOf('有几个人没注册上') & flagOfKind('notFound')).toBe(0);
    expect(symptomsOf('这个用户名之前有人用过了') & flagOfKind('exists')).not.toBe(0);
    expect(top('删除一个从来没注册过的用户 返回 400')).toBe('400-management-user-id-null-does-not-exist');
    expect(top('注册用户 返回 400 这个用户名之前有人用过了')).toBe(
      '400-duplicate-unique-property-exists-application-entity-user-requires-named',
    );
  });

  it('a value cut short or broken reads as corrupt', () => {
    for (const word of ['坏了', '截断', '几位', 'truncated']) expect(synonymsOf(word)).toContain('corrupt');
  });
});

describe('what is gone, and who left', () => {
  it('a message recalled or deleted, a user deleted, is not found', () => {
    for (const q of [
      'a message that was already recalled',
      'the user got deleted',
      '那条消息已经被撤回了',
      '用户已被删除',
    ])
      expect(symptomsOf(q) & flagOfKind('notFound')).not.toBe(0);
    // Deleting is an operation: "删除的消息" names what was to be deleted.
    expect(symptomsOf('批量删除漫游消息') & flagOfKind('notFound')).toBe(0);
  });

  it('who left the group or the chat room is no member', () => {
    for (const q of ['people who already left the group', '有几个人早就退群了', '他已经退出了聊天室'])
      expect(symptomsOf(q) & flagOfKind('notMember')).not.toBe(0);
    expect(top('设置群成员属性 有几个人早就退群了 返回 400')).toBe('400-metadata-error-some-users-not-in-group');
  });
});

describe("a pasted client log or a gateway's page", () => {
  it('reads the body\'s error type, not the client\'s "Client error:", and the address without its backticks', () => {
    const q = parseQuery(
      'GuzzleHttp\\Exception\\ClientException: Client error: `PUT https://a1.example.com/app-id/1/users/tom/password` resulted in a `400 Bad Request` response:\n{"error":"illegal_argument","exception":"IllegalArgumentException","timestamp":17 (truncated...)',
    );
    expect(q).toMatchObject({
      status: 400,
      type: 'illegal_argument',
      method: 'PUT',
      path: '/app-id/1/users/tom/password',
    });
  });

  it("an HTML error page is the gateway's answer: its entry before the service's own of the same status", () => {
    const page =
      '上传一个 60 MB 的视频到 /app-id/1/chatfiles 返回了这个页面\n<html><head><title>413 Request Entity Too Large</title></head><body><hr><center>nginx</center></body></html>';
    expect(isHtmlPage(page)).toBe(true);
    expect(isHtmlPage('上传 60 MB 的视频返回 413')).toBe(false);
    expect(top(page)).toBe('413-request-entity-too-large');
  });
});

describe('English paraphrases', () => {
  it('a staging project is a test project', () => {
    expect(synonymsOf('staging')).toContain('test');
    // Either entry of a token the App does not accept is right; many entries' situations tell staging apart.
    const ids = engine
      .search('401 in production, though the token is accepted by our staging app')
      .hits.slice(0, 3)
      .map((h) => h.doc.id);
    expect(
      ids.some((id) =>
        ['401-auth-bad-access-token-unable-authenticate', '401-unauthorized-token-illegal'].includes(id),
      ),
    ).toBe(true);
  });

  it('how far back a file can be fetched asks how old it may be', () => {
    expect(symptomsOf('how many days back can we go') & flagOfKind('since')).not.toBe(0);
    expect(top('how far back can I fetch history message files')).toBe(
      '400-illegal-argument-arguments-appkey-time-maybe-chat',
    );
  });

  it('updating attributes is setting them', () => {
    expect(synonymsOf('update')).toEqual(expect.arrayContaining(['set', '设置']));
  });
});

describe('kicking people out is removing them', () => {
  it('踢人 finds the removal, not the addition, of the same place', () => {
    expect(synonymsOf('踢人')).toContain('移除');
    expect(top('一次从聊天室踢人太多 返回 400')).toBe('400-invalid-parameter-kickmember-kickmembers-number-more-than');
  });
});

describe('a path written in a question without its leading slash', () => {
  it('names the endpoint when a resource of the API begins it', () => {
    expect(parseQuery('调 users/batch/status 返回 400').path).toBe('users/batch/status');
    expect(engine.search('调 users/batch/status 返回 400').endpoint?.path).toContain('/users/batch/status');
  });

  it('is no path otherwise, and a full path keeps its own reading', () => {
    expect(engine.search('接口返回 400，JSON/XML 都试过').endpoint).toBeUndefined();
    expect(parseQuery('GET https://a1.example.com/app-id/1/users/tom 404').path).toBe('/app-id/1/users/tom');
  });
});

describe('a cause told as what happened before, how a value was written, or who asked', () => {
  const kinds = (text: string) => SYMPTOM_KINDS.filter((kind) => questionSymptoms(text) & flagOfKind(kind));

  it.each([
    // Gone already, or taken from another App: not found here.
    ['这个群上周已经解散了', 'notFound'],
    ['这个用户昨天已经被我们后台删掉了', 'notFound'],
    ['disbanding a group that we had already disbanded', 'notFound'],
    ['the room id was copied from our other app', 'notFound'],
    ['msg_id 是另一个 App 里的消息', 'notMember'],
    // The header left out, stripped on the way.
    ['网关把 Authorization 头过滤掉了', 'missing'],
    ['our proxy strips the Authorization header', 'missing'],
    ['token 是空字符串', 'missing'],
    // A value of the wrong kind.
    ['用户名里有几个汉字', 'invalid'],
    ['sync_device 传的是字符串 "true" 不是布尔值', 'invalid'],
    // The new one is the one there already is.
    ['transferring a chat room to the user who already owns it', 'same'],
    // Never in the place, a value never joined on, all of them at once.
    ['这个人还没进聊天室', 'notMember'],
    ['那个人根本没进过这个聊天室', 'notMember'],
    ['路径里 type 后面那段没拼上值', 'missing'],
    ['把一万个观众一起放进 members', 'batch'],
  ])('%s: %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it('names of types in an explanation are no wrong value', () => {
    expect(symptomsOf('请求体中缺少必填的布尔参数 `delete_roam`。') & flagOfKind('invalid')).toBe(0);
    expect(kinds('群成员自定义属性的 key 用了中文')).not.toContain('invalid');
  });

  it('the thing gone is the one named before it', () => {
    expect(absentThings('获取群成员自定义属性返回 404，这个群上周已经解散了')).toBe(1 << THINGS.indexOf('group'));
    expect(absentThings('a group that we had already disbanded')).toBe(1 << THINGS.indexOf('group'));
  });

  it.each([
    ['获取群成员自定义属性返回 404，这个群上周已经解散了', '404-metadata-error-group-not-exists'],
    ['下载群共享文件返回 404，群 ID 是另一个 App 的', '404-restgroupfeignexception-grpid-does-not-exist'],
    ['删除收藏返回 400，这条收藏之前已经删过了', '400-user-collection-not-found'],
    [
      'every call returns 401 because our proxy strips the Authorization header',
      '401-unauthorized-unable-authenticate-oauth',
    ],
    ['注册用户返回 400，用户名里有几个汉字', '400-illegal-argument-username-not-legal'],
    [
      'transferring group ownership to the member who already owns the group',
      '403-forbidden-op-new-owner-old-owner-same',
    ],
    ['往聊天室白名单里加一个还没进聊天室的人，返回 400', '400-forbidden-op-users-not-members-group'],
    ['创建聊天室时把两千个用户一起放进 members 返回 403', '403-exceed-limit-members-size-greater-than-max'],
    // Quotes carried into the token: it is no longer the token issued.
    [
      '401 after the token was pasted into our config with a trailing quote',
      '401-auth-bad-access-token-unable-authenticate-due-corrupt',
    ],
    // "a minute earlier" names no time window when the message is gone already.
    ['recalling a message that we had already recalled a minute earlier', '403-message-recall-error-not-found-msg'],
  ])('%s', (q, id) => {
    expect(top(q)).toBe(id);
  });

  it('a status alone still finds its generic entry', () => {
    expect(top('接口返回 502，日志里就这一个数字')).toBe('http-502');
  });
});
