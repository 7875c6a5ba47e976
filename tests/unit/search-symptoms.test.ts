/**
 * The rules for questions that describe a failure in their own words: the kind of failure (symptoms.ts)
 * and the feature named (features.ts) must agree with the entry, and a status is weighed with them.
 * Each block is one rule over the whole catalog; the queries are examples of it, not answers kept for them.
 */
import {describe, expect, it} from 'vitest';
import {loadCatalog} from '../../src/catalog';
import {featureFit, featuresOfEndpoint, featuresOfQuery, operationsOf} from '../../src/search/features';
import {hasReasonPhrase, parseQuery} from '../../src/search/query';
import {
  asQuota,
  entrySymptoms,
  questionSymptoms,
  flagOfKind,
  symptomFit,
  symptomsOf,
  withoutSymptoms,
  type SymptomKind,
} from '../../src/search/symptoms';
import {topId as top} from './search-helpers';

const kinds = (...names: SymptomKind[]) => names.reduce((flags, k) => flags | flagOfKind(k), 0);
const has = (text: string, kind: SymptomKind) => (symptomsOf(text) & flagOfKind(kind)) !== 0;
/** The same of a question, with the rules that read questions only (questionSymptoms). */
const asks = (text: string, kind: SymptomKind) => (questionSymptoms(text) & flagOfKind(kind)) !== 0;

describe('the kinds of failure a text names', () => {
  it.each([
    ['群公告太长', 'length'],
    ['the chat room name is too long', 'length'],
    ['一次拉黑的人太多', 'batch'],
    ['adding too many users at once', 'batch'],
    ['registering too many users in one batch', 'batch'],
    ['too many message ids when getting reactions', 'batch'],
    ['好友数满了', 'quota'],
    ['应用的群数量到顶了', 'quota'],
    ['the contact list is full', 'quota'],
    ['asking for too many records per page', 'page'],
    ['查好友列表每页 100 条', 'page'],
    ['拉子区列表 limit 传 100 报错', 'page'],
    ['收藏列表 limit 设成 500 就不行', 'page'],
    ['上传的文件太大', 'size'],
    ['发消息太频繁', 'rate'],
    ['recalling a message too late', 'time'],
    ['返回 403 权限不足', 'permission'],
    ['posting a long announcement to the group', 'length'],
    ['a very long nickname', 'length'],
    ['the server says that username is taken', 'exists'],
    ['that group id is already in use', 'exists'],
    ['用户找不到', 'notFound'],
    ['用户名已存在', 'exists'],
    ['在线状态没开通', 'notOpen'],
    ['注册用户没传密码', 'missing'],
    ['时间格式不对', 'invalid'],
    ['这个人不是群成员', 'notMember'],
    ['文件过期了', 'expired'],
    ['公告内容违规', 'moderation'],
    ['有别人同时在改', 'concurrent'],
    ['返回 400 参数错误', 'restated'],
    ['一次最多能加多少人', 'limit'],
    ['这条消息不属于这个群', 'notMember'],
    ['用户名已经注册过了', 'exists'],
    ['表情回复功能未启用', 'notOpen'],
    ['注册时没有传密码', 'missing'],
    ['token 失效了', 'expired'],
    ['超过了 QPS', 'rate'],
  ] as [string, SymptomKind][])('%s: %s', (text, kind) => {
    expect(has(text, kind)).toBe(true);
  });

  it('reads a count with a unit as a limit, with the shape its unit gives', () => {
    expect(has('一次注册了 100 个', 'limit')).toBe(true);
    expect(has('公告也就六百来个字', 'limit')).toBe(true);
    expect(has('子区名字写了 100 个字', 'length')).toBe(true);
    expect(has('消息体超过 5KB', 'size')).toBe(true);
    expect(has('一条消息改了 11 次', 'quota')).toBe(true);
    expect(has('消息发出去 5 分钟后撤回', 'time')).toBe(true);
    expect(has('registering 100 users in one request', 'limit')).toBe(true);
  });

  // The question finds the limit itself: more failed, fewer went through.
  it.each([
    'muting 100 spammers in one request is rejected; muting 50 at a time goes through',
    'pushing one notice to 12 rooms fails; 8 rooms work',
    'deleting 300 keys at once fails while 100 works fine',
    '一次拉 15 个进去失败，拉 8 个就正常',
    '传 100 报错，改成 20 就没问题',
  ])('reads fewer working where more failed as a limit: %s', (q) => {
    expect(asks(q, 'limit')).toBe(true);
  });
  it.each([
    'the send fails with 504 but a retry 5 seconds later works',
    'user 42 cannot log in but user 43 works',
    '用户 42 登录不了，用户 43 就正常',
  ])('not when the numbers are a time, ids or attempts: %s', (q) => {
    expect(asks(q, 'limit')).toBe(false);
  });

  // A value altered on its way is malformed: the entry that says so fits (a corrupt token, not an unknown one).
  const ALTERATIONS = [
    '前后多了一对双引号',
    '两边带了引号',
    '末尾多了个换行',
    '复制的时候少了最后几位',
    '在日志里被截断了',
    'came wrapped in quotes',
    'has a trailing newline',
    'was truncated by our logger',
    'got cut off when copied',
  ];
  it.each(ALTERATIONS)('reads a value altered on its way as invalid: %s', (altered) => {
    expect(asks(`the token ${altered}`, 'invalid')).toBe(true);
  });
  it.each(ALTERATIONS)('finds the corrupt token for a token that %s', (altered) => {
    expect(top(`调发消息接口返回 401，Authorization 里的 token ${altered}`)).toBe(
      '401-auth-bad-access-token-unable-authenticate-due-corrupt',
    );
  });
  it('does not read a form content type as a value altered', () => {
    expect(asks('注册用户用表单 x-www-form-urlencoded 提交', 'invalid')).toBe(false);
  });

  // The address called is wrong: the status decides between the entries of a URL that cannot be routed (500) and of
  // a path that does not exist (404); a value in the path that does not exist is not a wrong address.
  it.each([
    ['调用接口返回 500，后来发现 URL 里 chatgroups 少写了一个 s', '500-web-application'],
    ['URL 里 app-id 后面多拼了一层 /v1，接口返回 500', '500-web-application'],
    ['there was a typo in the URL and the server answered 500', '500-web-application'],
    ['调推送模板接口，路径里少了一段，返回 404', '404-url-invalid'],
    ['404 on every call: the request url is wrong, we misspelt the resource name', '404-url-invalid'],
  ])('reads a wrong address: %s', (q, id) => {
    expect(asks(q, 'address')).toBe(true);
    expect(top(q)).toBe(id);
  });
  it('finds a wrong address only in entries about the URL itself, not about a value in the path', () => {
    const aboutAddress = loadCatalog()
      .entries.filter((e) => entrySymptoms(e.message, `${e.summary.zh} ${e.summary.en}`) & flagOfKind('address'))
      .map((e) => e.id);
    expect(aboutAddress.sort()).toEqual(['404-url-invalid', '500-web-application']);
    expect(asks('路径中的子区 ID 不存在', 'address')).toBe(false);
    expect(asks('the thread ID in the path does not exist', 'address')).toBe(false);
  });

  // Counts told in words, or with a word between the number and the thing: counts all the same.
  it.each([
    'creating a chat room with 1200 initial members fails',
    'removing a dozen members from a thread in one call',
    'a few hundred file ids in one request',
    'hundreds of user ids in the body',
  ])('reads a count of things as a limit: %s', (q) => expect(has(q, 'limit')).toBe(true));
  it.each(['the call returns 400 for users with long names', 'a 500 error for members of one group'])(
    'not a status before a preposition: %s',
    (q) => expect(has(q, 'limit')).toBe(false),
  );

  // A new limit below the count there is, told by its numbers; not one raised, nor numbers of other things.
  it.each([
    '聊天室现在有 300 人，我想把 maxusers 改成 200，接口不让改',
    '群里当前 500 个成员，把上限调到 300 失败',
    'the room has 300 members and setting maxusers to 200 fails',
  ])('reads a limit set below the count there is: %s', (q) => {
    expect(asks(q, 'below')).toBe(true);
  });
  it.each(['聊天室现在有 300 人，想把 maxusers 改成 5000', 'the room has 300 members and we raise maxusers to 3000'])(
    'not a limit raised: %s',
    (q) => expect(asks(q, 'below')).toBe(false),
  );

  // What the server says it did not get is missing.
  it.each([
    '服务端说没收到文件',
    '接口说缺参数',
    '提示未接收到请求体',
    'the server says no file was received',
    "it didn't receive the file",
  ])('reads what the server did not get as missing: %s', (q) => expect(asks(q, 'missing')).toBe(true));

  // An id made of what ids may not hold: an e-mail address, an @, a number with its country code.
  it.each([
    '用户名里带了 @ 和中文',
    '用户 ID 直接用的邮箱',
    '用户名用了 +8613912345678 这种带国际区号的号码',
    'we use the email address as the username',
    'is the @ sign not allowed in a username?',
  ])('reads a value with characters an id may not hold as invalid: %s', (q) => {
    expect(asks(q, 'invalid')).toBe(true);
  });
  it.each(['send a message to alice@example.com', '路径里的用户 ID 用的是手机号，可我们注册用的是 uid'])(
    'not an address written out, nor another kind of id: %s',
    (q) => expect(asks(q, 'invalid')).toBe(false),
  );

  // "一千多字", "两百多个人", "300多条": a count told roughly is a count too.
  it.each(['一千多', '两百多', '三十多', '1000多', '五百来'])(
    'reads a rough count (%s) with a unit as a limit',
    (n) => {
      expect(has(`群公告粘了${n}字的活动规则`, 'length')).toBe(true);
      expect(has(`一次拉了${n}个人进群`, 'limit')).toBe(true);
      expect(has(`一次导入${n}条消息`, 'limit')).toBe(true);
    },
  );

  it.each(['it took a long time to answer', 'our long-running job', 'it worked a long while ago', 'long polling'])(
    'does not read a long time or a long-running job as a length: %s',
    (q) => expect(has(q, 'length')).toBe(false),
  );

  it('does not take a small number, a field (字段) or two of something for a limit', () => {
    expect(has('同一条群消息能建两个子区吗', 'limit')).toBe(false);
    expect(has('修改了 2 个字段', 'limit')).toBe(false);
    expect(has('删除 1 个用户', 'limit')).toBe(false);
  });

  it('does not read "more than once", "must be provided" or "不允许的字符" as a limit, a bad value or a permission', () => {
    expect(has('the batch lists the same user ID more than once', 'limit')).toBe(false);
    expect(has('file must be provided.', 'invalid')).toBe(false);
    expect(has('用户 ID 含有不允许的字符', 'permission')).toBe(false);
  });

  it('reads "nothing exists" and "已没有" as not found, and a null value only where a field "is null"', () => {
    expect(has('Nothing exists at the requested address', 'notFound')).toBe(true);
    expect(has('服务器已没有这条消息', 'notFound')).toBe(true);
    expect(has('null for uri: /x', 'missing')).toBe(false);
    expect(has('announcement is null', 'missing')).toBe(true);
  });

  it('keeps "batch" and "page" as shapes only beside a limit', () => {
    expect(symptomsOf('a batch removal of group members partly failed')).toBe(0);
    expect(has('too many users per page', 'page')).toBe(true);
  });

  it('reads the words of a type or a field (`not_found`) as words', () => {
    expect(has('not_found msg', 'notFound')).toBe(true);
  });

  it('leaves the subject when the symptom words are taken out', () => {
    expect(withoutSymptoms('修改群公告 太长').trim()).toBe('修改群公告');
  });
});

describe('look-alike entries of one feature: the words that tell them apart', () => {
  it.each([
    ['群里已经满员了', 'quota'],
    ['the person being added already has a full contact list', 'quota'],
    ['the message already has one', 'exists'],
    ['用户名已经被注册了', 'exists'],
    ['这人本来就在群里', 'exists'],
    ['群成员已满', 'quota'],
    ['删除漫游消息 参数缺失', 'missing'],
    ['这个 ID 已经被占用', 'exists'],
    ['the two users aren’t friends', 'notMember'],
    ['两个人还不是好友', 'notMember'],
    ['新的上限比现在的人数还少', 'below'],
    ['max members set below the number of people already in it', 'below'],
  ] as [string, SymptomKind][])('%s: %s', (text, kind) => {
    expect(has(text, kind)).toBe(true);
  });

  it('reads "already has one" as something there already, and "already has the maximum" as a quota', () => {
    expect(has('the message already has one', 'quota')).toBe(false);
    expect(has('the user already has the maximum number of contacts', 'quota')).toBe(true);
    expect(has('the user already has the maximum number of contacts', 'exists')).toBe(false);
  });

  it('tells a limit set below what there already is from a limit passed', () => {
    expect(symptomFit(kinds('limit', 'below'), kinds('limit', 'below'))).toBe(1);
    expect(symptomFit(kinds('limit', 'below'), kinds('limit', 'quota', 'batch'))).toBe(-1);
  });

  it.each([
    ['把聊天室最大人数改小 返回 403 比当前的人数还少', '403-forbidden-op-current-user-count-larger-than-maxusers'],
    [
      "reducing a chat room's maximum members to fewer than the current members",
      '403-forbidden-op-current-user-count-larger-than-maxusers',
    ],
    ['cannot start a thread because the message already has one', '403-group-error-msg-already-create-thread-not'],
    [
      '注册用户 返回 400 这个用户名已经被使用',
      '400-duplicate-unique-property-exists-application-entity-user-requires-named',
    ],
    ['群已经满员 加不进人', '403-exceed-limit-members-size-greater-than-max'],
    [
      "can't add a friend because the person being added has a full friend list",
      '403-exceed-limit-invitees-contact-max-count',
    ],
  ])('%s', (q, id) => {
    expect(top(q)).toBe(id);
  });
});

describe('how well an entry agrees with the failure a question describes', () => {
  it('agrees when they share a kind, disagrees when they share none, and is silent when either has none', () => {
    expect(symptomFit(kinds('notFound'), kinds('notFound', 'expired'))).toBe(1);
    expect(symptomFit(kinds('limit', 'length'), kinds('missing'))).toBe(-1);
    expect(symptomFit(0, kinds('missing'))).toBe(0);
    expect(symptomFit(kinds('missing'), 0)).toBe(0);
  });

  it('tells a neighbour’s limit by its shape', () => {
    expect(symptomFit(kinds('limit', 'batch'), kinds('limit', 'batch'))).toBe(1);
    expect(symptomFit(kinds('limit', 'batch'), kinds('limit', 'quota'))).toBe(-1);
    // A limit that does not say its shape: half for a count, nothing for a length.
    expect(symptomFit(kinds('limit', 'batch'), kinds('limit'))).toBe(0.5);
    expect(symptomFit(kinds('limit', 'length'), kinds('limit'))).toBe(0);
  });

  it('lets a measure ("太长") decide over the operation ("批量")', () => {
    const asked = symptomsOf('批量设置推送昵称 某个昵称太长');
    expect(symptomFit(asked, kinds('limit', 'length'))).toBe(1);
    expect(symptomFit(asked, kinds('limit', 'batch'))).toBe(-1);
  });

  it('reads a summary that counts items without saying how ("超过了 600 个") as the items of one request', () => {
    const flags = entrySymptoms("params to's size can't exceed limit 600", '`to` 中的用户 ID 超过了 600 个。');
    expect(flags & flagOfKind('batch')).not.toBe(0);
    expect(entrySymptoms('x', '聊天室名称超过 128 个字符的长度上限。') & flagOfKind('batch')).toBe(0);
    expect(top('单聊消息一次最多发给多少个用户')).toBe('400-message-send-error-params-tos-size-cant-exceed-limit-600');
  });

  it('takes the shape of an entry’s limit from its summary, not from a message that says "size" for a count', () => {
    const flags = entrySymptoms('chatfile_ids size is too large', '`chatfile_ids` 中的附件 ID 超过了 100 个。');
    expect(flags & flagOfKind('size')).toBe(0);
    expect(flags & flagOfKind('limit')).not.toBe(0);
  });
});

describe('a question lands on the entry whose kind of failure agrees', () => {
  it.each([
    // the symptom, not only the subject
    ['给消息添加表情回复 返回 400 表情种类超过上限', '400-bad-request-quantity-exceeded-limit'],
    ['拉人进群 返回 403 说这个人已经在群里了', '403-forbidden-op-can-not-join-group-reason-user-already-in-group-n'],
    // the shape of the limit
    ['批量设置推送昵称 返回 400 某个昵称太长', '400-illegal-argument-push-nickname-length-exceeds-limit'],
    ['too many push nicknames in one request', '400-illegal-argument-put-user-push-nicknames-exceeds'],
    ['registering too many users in one batch', '400-illegal-argument-request-body-array-size-had'],
    ['removing too many members from a thread at once', '400-group-error-request-body-reaches-limit'],
    ['asking for too many threads per page', '400-group-error-query-param-reaches-limit'],
    // counts with a unit
    ['一次导入 20 个好友报 400', '400-illegal-argument-request-user-over-flow-limit-10'],
    ['子区名字写了 100 个字 返回 400', '400-group-error-thread-name-limit-reached'],
    ['消息体超过 5KB 返回 400', '400-message-send-error-too-large'],
  ])('%s', (q, id) => {
    expect(top(q)).toBe(id);
  });
});

describe('a status is weighed with the symptom', () => {
  it('does not lift the generic entry for a symptom, so a specific one that fits wins', () => {
    expect(top('调用编辑消息接口返回 409，说有别人同时在改')).toBe(
      '409-concurrent-operation-error-message-been-edited-by-another',
    );
  });

  it('lifts the generic entry for words that only restate the status', () => {
    expect(top('获取聊天室公告 返回 403 禁止访问')).toBe('http-403');
    expect(top('修改消息 返回 400 请求错误')).toBe('http-400');
  });

  it('does not count a symptom for an entry of another status that shares nothing else', () => {
    expect(top('调用接口 返回 403 没有权限')).toBe('http-403');
  });

  it('prefers an entry under the status named when one fits, else the one that fits under another status', () => {
    expect(top('撤回消息 返回 403 服务器上找不到这条消息')).toBe('403-message-recall-error-not-found-msg');
    // The group announcement's limit is a 403; "announcement is null" shares only the status and 公告.
    expect(top('修改群公告 报 400 太长')).toBe('403-forbidden-announce-info-length-exceeds-limit');
    expect(top('创建聊天室 400 名称太长')).toBe('403-exceed-limit-title-cannot');
    expect(top('查询收藏 返回 404 收藏不存在')).toBe('400-user-collection-not-found');
  });

  it('with nothing but a status and a subject, ranks entries of other statuses that share the subject below the status', () => {
    expect(top('获取好友列表 返回 500')).toBe('http-500');
    expect(top('创建聊天室 返回 500')).toBe('http-500');
    // An entry under the status named that fits the subject still wins.
    expect(top('撤回消息的时候返回 500')).toBe('500-internal-error');
  });

  it('does not take a short question that names a feature for a bare status', () => {
    expect(top('500 on message recall')).toBe('500-internal-error');
    expect(top('500')).toBe('http-500');
    expect(top('HTTP 500 internal server error')).toBe('http-500');
  });

  it('lets the generic entry yield to a specific one of the status that fits the question', () => {
    // No symptom, but the feature named has its own entry under the status.
    expect(top('服务端调用撤回接口 偶尔返回 500 什么情况')).toBe('500-internal-error');
    expect(top('编辑消息的接口返回 500 是服务器的问题吗')).toBe(
      '500-rewritemessageinternalerrorexception-unknown-error-occurred-while-processing',
    );
    // Nothing of the feature named fits under the status: the generic entry stays.
    expect(top('获取好友列表 返回 500')).toBe('http-500');
  });

  it('reads a limit on what a user has joined, or what the app holds, as a quota, not a batch', () => {
    expect(top('用户加入子区 报 400 他加入的子区太多')).toBe('403-group-error-user-join-thread-reach-limit');
    expect(top('创建群组 返回 400 App 里的群组太多了')).toBe('403-exceed-limit-appkey-create-too-many-groups');
    expect(asQuota(kinds('limit'))).toBe(kinds('limit', 'quota'));
    expect(asQuota(kinds('limit', 'batch'))).toBe(kinds('limit', 'batch'));
  });

  it('puts the generic entry first when all a question says of the failure restates the status', () => {
    expect(top('导入好友 返回 400 Bad Request')).toBe('http-400');
    expect(top('修改密码 返回 400 Bad Request')).toBe('http-400');
    // An entry whose message is the reason phrase itself restates the status too.
    expect(entrySymptoms('Not Found', '要设置属性的用户不存在。') & flagOfKind('restated')).not.toBe(0);
    expect(entrySymptoms('user not found', '用户不存在。') & flagOfKind('restated')).toBe(0);
    expect(top('获取用户属性 返回 404 Not Found')).toBe('404-not-found');
  });

  it('reads a reason phrase that is all a question says about the failure as restating the status', () => {
    expect(hasReasonPhrase('发消息 报 400 Bad Request')).toBe(true);
    expect(hasReasonPhrase('a bad request body')).toBe(false);
    expect(top('发消息 报 400 Bad Request')).toBe('http-400');
  });

  it('reads a reason phrase after a status in a question as the status, not as a message or a type', () => {
    expect(parseQuery('修改群公告 返回 400 Bad Request 公告太长').text).not.toMatch(/bad request/i);
    expect(parseQuery('400 Bad Request').text).toBe('400 Bad Request');
    expect(top('修改群公告 返回 400 Bad Request 公告太长')).toBe('403-forbidden-announce-info-length-exceeds-limit');
    expect(top('群公告太长 报 403 FORBIDDEN')).toBe('403-forbidden-announce-info-length-exceeds-limit');
  });
});

describe('an entry kept for the wording of older responses', () => {
  it('yields to the current entry in a question in plain words', () => {
    expect(top('用户属性太大 返回 403')).toBe('403-forbidden-size-metadata-single-user-exceeds');
  });
});

describe('a success said in so many words', () => {
  it('reads "返回 200" as the status of a failure reported inside a successful response', () => {
    expect(parseQuery('批量注册用户，HTTP 状态是 200，但有个用户已存在').status).toBe(200);
    expect(parseQuery('took 200 ms').status).toBeUndefined();
    expect(parseQuery('limit 200').status).toBeUndefined();
    expect(top('批量注册用户 返回 200 但有个用户已存在')).toBe('200-user-already-exists');
    expect(top('批量移除群成员 返回 200 但是有个用户不存在')).toBe('200-user-doesnt-exist');
  });
});

describe('the feature named must agree', () => {
  const group = featuresOfQuery('group');

  it('tells creating a group, a chat room or a thread from adding people to one', () => {
    const [create, add] = [featuresOfQuery('创建群组'), featuresOfQuery('拉人进群')];
    expect(create & ~group).not.toBe(0);
    expect(add & ~group).not.toBe(0);
    expect(create & add & ~group).toBe(0);
    // Adding people does not want an entry only creating returns; an entry both return fits either.
    expect(featureFit(add, create)).toBeLessThan(featureFit(add, create | add));
    expect(featureFit(create, create | add)).toBe(featureFit(create, group));
    expect(top('用户加入的聊天室太多 进聊天室报 403')).toBe('403-forbidden-op-can-not-join-group-reason');
  });

  it('does not take a group’s entry for a question about a chat room, nor the reverse', () => {
    const chatroom = featuresOfQuery('chat room');
    expect(featureFit(chatroom, group)).toBeLessThan(0);
    expect(featureFit(group | featuresOfQuery('attributes'), chatroom | featuresOfQuery('attributes'))).toBeLessThan(0);
    expect(top('获取聊天室成员属性 返回 404 用户不在聊天室')).toBe('401-metadataexception-user-not-in-chatroom');
  });

  it('reads 拉黑 as the blocklist, 解除…禁言 as unmuting, 修改…消息 as editing, "user attributes" apart', () => {
    const blocks = featuresOfEndpoint('POST', ['chatgroups', '{id}', 'blocks', 'users']);
    expect(featuresOfQuery('把群成员拉黑') & blocks & ~group).not.toBe(0);
    const unmute = featuresOfEndpoint('DELETE', ['chatrooms', '{id}', 'mute', '{m}']);
    const mute = featuresOfEndpoint('POST', ['chatrooms', '{id}', 'mute']);
    const asked = featuresOfQuery('一次解除 80 个聊天室成员的禁言');
    expect(featureFit(asked, unmute)).toBeGreaterThan(featureFit(asked, mute));
    const rewrite = featuresOfEndpoint('PUT', ['messages', 'rewrite', '{id}']);
    expect(featuresOfQuery('修改别人发的消息') & rewrite).not.toBe(0);
    const own = featuresOfEndpoint('POST', ['metadata', 'user', 'get']);
    const members = featuresOfEndpoint('PUT', ['metadata', 'chatgroup', '{id}', 'users', 'batch']);
    const asks = featuresOfQuery('user attributes batch query');
    expect(featureFit(asks, own)).toBeGreaterThan(featureFit(asks, members));
  });

  it.each([
    ['直播间公告太长', 'chat room', ['POST', ['chatrooms', '{id}', 'announcement']]],
    ['一次屏蔽太多群成员', 'blocklist', ['POST', ['chatgroups', '{id}', 'blocks', 'users']]],
    ['话题名称太长', 'thread', ['PUT', ['thread', '{id}']]],
    ['图片太大', 'attachments', ['POST', ['chatfiles']]],
    ['用户资料太大', 'user attributes', ['PUT', ['metadata', 'user', '{name}']]],
  ] as [string, string, [string, string[]]][])('reads %s as naming %s', (q, _name, [method, segments]) => {
    expect(featuresOfQuery(q) & featuresOfEndpoint(method, segments)).not.toBe(0);
  });

  it('reads "silencing" as muting, "lifting the mute" as unmuting, and "notice" as the announcement', () => {
    const unmute = featuresOfEndpoint('DELETE', ['chatrooms', '{id}', 'mute', '{m}']);
    const mute = featuresOfEndpoint('POST', ['chatrooms', '{id}', 'mute']);
    const silencing = featuresOfQuery('silencing too many chatroom members in one call');
    expect(featureFit(silencing, mute)).toBeGreaterThan(featureFit(silencing, unmute));
    const lifting = featuresOfQuery('lifting the mute on too many chat room members at once');
    expect(featureFit(lifting, unmute)).toBeGreaterThan(featureFit(lifting, mute));
    const notice = featureFit(
      featuresOfQuery('group notice'),
      featuresOfEndpoint('POST', ['chatgroups', '{id}', 'announcement']),
    );
    expect(notice).toBe(1);
  });

  it('does not take taking users off a blocklist for adding them to it', () => {
    const add = featuresOfEndpoint('POST', ['chatgroups', '{id}', 'blocks', 'users']);
    const remove = featuresOfEndpoint('DELETE', ['chatgroups', '{id}', 'blocks', 'users', '{names}']);
    const adding = featuresOfQuery("adding more than 60 people to a group's block list in one request");
    expect(featureFit(adding, add)).toBeGreaterThan(featureFit(adding, remove));
    const removing = featuresOfQuery('群黑名单一次移除太多人');
    expect(featureFit(removing, remove)).toBeGreaterThan(featureFit(removing, add));
  });

  it('lowers an entry that only operations the question does not name return', () => {
    const blocklist = featuresOfEndpoint('POST', ['chatgroups', '{id}', 'blocks', 'users']);
    const required = operationsOf(blocklist);
    expect(featureFit(group, blocklist, required)).toBeLessThan(featureFit(group, blocklist));
    // Below an entry every feature returns (which says nothing of one): "群 ID 不存在" of the shared files is not
    // the answer to a question about a group alone.
    expect(featureFit(group, blocklist, required)).toBeLessThan(featureFit(group, 0));
    expect(top('解散群组 返回 404 群 ID 不存在')).toBe('404-resource-not-found-grpid-does-not-exist');
    expect(featureFit(featuresOfQuery('group blocklist'), blocklist, required)).toBe(1);
    // Taking users off the blocklist is the blocklist's operation and its own.
    const unblock = featuresOfEndpoint('DELETE', ['chatgroups', '{id}', 'blocks', 'users', '{names}']);
    expect(featureFit(featuresOfQuery('remove users from the group blocklist'), unblock, operationsOf(unblock))).toBe(
      1,
    );
    // "附件" is a message's attachment, not a group's shared file.
    const shared = featuresOfEndpoint('GET', ['chatgroups', '{id}', 'share_files']);
    const attachment = featuresOfEndpoint('GET', ['chatfiles', '{uuid}']);
    const asked = featuresOfQuery('下载附件');
    expect(featureFit(asked, attachment)).toBeGreaterThan(featureFit(asked, shared));
  });

  it.each([
    ['把群成员拉黑 报 400 一次拉黑的人太多', '400-invalid-parameter-usernames-more-than-max-limit'],
    ['一次解除 80 个聊天室成员的禁言报 400', '400-invalid-parameter-removemute-member-size-more-than'],
    ['adding too many users to a group at once', '403-exceed-limit-members-size-greater-than-max'],
    ['too many users in a user attributes batch query', '400-bad-request-exceed-allowed-batch-size'],
    ['修改别人发的消息 返回 401 没有权限', '401-message-rewrite-error-you-not-authorized-edit'],
  ])('%s', (q, id) => {
    expect(top(q)).toBe(id);
  });
});
