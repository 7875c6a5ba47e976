/**
 * A cause told as a state or a past event of the thing named ("那台设备已经下线了", "a user we deleted yesterday",
 * "对方已经把我从好友里删了"), a value told missing in words ("忘了带群 ID", "only sent channel and type"), a feature
 * never enabled ("a brand new app"), a value sent in the wrong shape ("写成了 30 天") and a page size written as
 * `limit=100`. The queries are examples of the rules, not answers kept for them.
 */
import {describe, expect, it} from 'vitest';
import {absentThings, countedThings, thingsNamed} from '../../src/search/absent';
import {featuresOfQuery} from '../../src/search/features';
import {entryFields, quotedFields, sentFields} from '../../src/search/fields';
import {
  asksMismatch,
  asksSomeOf,
  entrySymptoms,
  flagOfKind,
  questionSymptoms,
  saysMismatch,
  saysSomeOf,
  type SymptomKind,
} from '../../src/search/symptoms';
import {topId as top} from './search-helpers';

const has = (q: string, kind: SymptomKind) => (questionSymptoms(q) & flagOfKind(kind)) !== 0;

describe('a thing gone before the call is not found', () => {
  it.each([
    'the device in the path logged out an hour ago',
    'the phone went offline',
    '那台手机现在已经下线了',
    'a user we deleted yesterday',
    '这个子区上周已经被删了',
    '那条消息刚刚被发送者撤回了',
    '标签名的大小写和设置时不一致',
    'the tag was sent in a different case',
  ])('%s', (q) => {
    expect(has(q, 'notFound')).toBe(true);
  });

  it('but not a deletion with no time or state around it', () => {
    expect(has('deleted users cannot log in', 'notFound')).toBe(false);
  });
});

describe('someone who left, was kicked out or was taken off a list is no member, and still exists', () => {
  it.each([
    '主播昨天刚退群',
    '这个人上周已经被踢出群了',
    '主播下播后已经离开了直播间',
    '对方已经被从好友列表里删掉了',
    '其实对方早就被我删了',
    'she unfriended me last week',
  ])('%s', (q) => {
    expect(has(q, 'notMember')).toBe(true);
    expect(has(q, 'notFound')).toBe(false);
  });

  it('removing people from a list is an operation, not a cause, unless told as done already', () => {
    const entry = entrySymptoms(
      'removeWhitelist size is more than max limit : 60',
      '一次从白名单移除的用户超过 60 个。',
    );
    expect(entry & flagOfKind('notMember')).toBe(0);
    expect(has('从群里批量踢人，返回 200', 'notMember')).toBe(false);
  });

  it.each([
    [
      '修改好友备注返回 400，对方上个月已经把我从好友列表里删了',
      '400-illegal-argument-updateremark-they-not-friends-add',
    ],
    ['转让群主给一个上周就退群了的成员，返回 403', '403-forbidden-op-user-doesnt-exist-in-group'],
    ['setting presence for a device that went offline yesterday returns 400', '400-resource-not-exist'],
  ])('%s', (q, id) => {
    expect(top(q)).toBe(id);
  });
});

describe('a feature never enabled is not open', () => {
  it.each([
    'on a brand new app',
    'is the feature off by default?',
    'we never enabled broadcasting',
    '新建的 App 调接口',
    '刚创建的应用',
    'broadcasting was never turned on',
  ])('%s', (q) => {
    expect(has(q, 'notOpen')).toBe(true);
  });

  it.each([
    ['一个刚建的 App 上创建子区，返回 403', '403-group-error-thread-not-open'],
    ['一个新应用上设置用户属性，返回 403', '403-forbidden-user-metadata-service-not-allow'],
  ])('%s', (q, id) => {
    expect(top(q)).toBe(id);
  });
});

describe('a value missing, empty or dropped, told in words', () => {
  it.each([
    '变量没取到值',
    '环境变量里的 token 没配',
    '跟随重定向以后把 Authorization 头丢了',
    'the client dropped the header',
    '数组最后多了一个空对象',
  ])('%s', (q) => {
    expect(has(q, 'missing')).toBe(true);
  });

  it('names the field told in words when a value is missing, and only then', () => {
    expect(quotedFields('查群聊消息的表情回应，忘了带群 ID', true)).toEqual(expect.arrayContaining(['groupid', 'id']));
    expect(quotedFields('撤回时消息 ID 是空字符串', true)).toContain('msg_id');
    expect(quotedFields('the group id variable was empty', true)).toContain('groupid');
    expect(quotedFields('查群聊消息的表情回应，忘了带群 ID', false)).not.toContain('groupid');
  });

  it('a bare "ID" in a Chinese question is no field by itself', () => {
    expect(quotedFields('一次传了 100 个 ID')).not.toContain('id');
  });

  it('what a question says it did send is not what is missing', () => {
    expect(sentFields('我只传了 channel 和 type 两个字段')).toEqual(['channel', 'type']);
    expect(quotedFields('我只传了 channel 和 type 两个字段', true)).not.toContain('channel');
  });

  it("reads the field an entry's message says it wants", () => {
    expect(entryFields('查询群组在线人数时没有提供群组 ID。', 'Id cannot be null.')).toEqual(['id']);
    expect(entryFields('', "param msg_id can't be empty")).toEqual(['msg_id']);
    expect(entryFields('', 'thread not found.')).toEqual([]);
  });

  it.each([
    ['获取群消息的表情回应，群 ID 变量没取到值', '400-bad-request-groupid-can-not-null'],
    ['撤回消息的时候消息 ID 变量是空的', '400-message-recall-error-param-msg-id-cant-empty'],
    ['单向删除会话只传了 channel 和 type，返回 400', '400-illegal-argument-field-delete-roam-cannot-null'],
  ])('%s', (q, id) => {
    expect(top(q)).toBe(id);
  });
});

describe('a value sent in the wrong shape is invalid', () => {
  it.each([
    'lifetime 写成了 30 天',
    '时间传成了 2026120110',
    '用 key=value 的格式发的',
    'time written as 2026-12-01',
    'which values does it accept',
  ])('%s', (q) => {
    expect(has(q, 'invalid')).toBe(true);
  });

  it('a status said instead of another is no wrong value', () => {
    expect(has('the API answered 500 instead of 405', 'invalid')).toBe(false);
  });

  it.each([['修改用户密码，请求体的字段写成了 pass，返回 400', '400-illegal-argument-newpassword-required']])(
    '%s',
    (q, id) => {
      expect(top(q)).toBe(id);
    },
  );
});

describe('a page size written as limit=N is a page', () => {
  it('limit=100 in a query string', () => {
    expect(has('listing threads with limit=100 returns 400', 'page')).toBe(true);
  });
});

describe('a count of things names the thing whose limit was reached', () => {
  it('reads the thing after the number, not the place around it', () => {
    expect(countedThings('我们 App 里已经建了十万个子区，群都建不了新子区')).toBe(thingsNamed('子区'));
    expect(countedThings('we already have 10,000 chat rooms')).toBe(thingsNamed('chat rooms'));
    expect(countedThings('建子区失败了')).toBe(0);
  });

  it.each([
    ['App 里已经有几十万个子区了，哪个群都建不了新子区，返回 403', '403-group-error-thread-number-reached-limit'],
  ])('%s', (q, id) => {
    expect(top(q)).toBe(id);
  });
});

describe('a feature named in an inflected word is still that feature', () => {
  it.each([
    ['we never enabled broadcasting', 'broadcast'],
    ['加一个表情回应', 'reaction'],
  ])('%s', (q, name) => {
    expect(featuresOfQuery(name)).not.toBe(0);
    expect(featuresOfQuery(q)).toBe(featuresOfQuery(name));
  });
});

describe('what happened to a thing before the call', () => {
  it('names the thing gone, and no operation of the question', () => {
    expect(absentThings('创建子区用的那条群消息刚刚被发送者撤回了')).toBe(thingsNamed('消息'));
    expect(featuresOfQuery('创建子区用的那条群消息刚刚被发送者撤回了')).toBe(featuresOfQuery('创建子区用的那条群消息'));
    expect(featuresOfQuery('撤回一条已经撤回过的消息')).toBe(featuresOfQuery('撤回'));
  });

  it('a person who sent or received is no field unless a value is missing', () => {
    expect(quotedFields('那条消息被发送者撤回了')).not.toContain('from');
    expect(quotedFields('发送方是空的', true)).toContain('from');
  });

  it.each([['创建子区返回 404，原来那条群消息已经被发送者撤回了', '404-group-error-msg-not-exist']])('%s', (q, id) => {
    expect(top(q)).toBe(id);
  });
});

describe('a change of password sends the new one', () => {
  it('reads `password` sent on a change of password as `newpassword` missing', () => {
    expect(quotedFields('password reset sends {"password": "x"}')).toContain('newpassword');
    expect(quotedFields('password reset sends {"password": "x"}')).not.toContain('password');
    expect(quotedFields('registering a user sends {"password": "x"}')).toContain('password');
  });

  it.each([
    [
      'changing a password with {"password": "abc"} in the body returns 400',
      '400-illegal-argument-newpassword-required',
    ],
    ['重置用户密码的定时任务没有带 token，返回 401', '401-unauthorized-no-organization-access-authorized'],
  ])('%s', (q, id) => {
    expect(top(q)).toBe(id);
  });
});

describe('what a question says it sent, and a value it gave', () => {
  it('reads the items sent, in either language', () => {
    expect(sentFields('请求体里只放了 password 一个字段')).toEqual(['password']);
    expect(sentFields('registering with only a username in the body, no password')).toEqual(['username']);
    expect(quotedFields('registering with only a username in the body, no password', true)).toEqual(['password']);
  });

  it('reads the items sent that are named in Chinese as the fields of those names', () => {
    expect(sentFields('撤回时只带了消息 ID 和会话类型')).toEqual(['msg_id', 'chat_type', 'type']);
    expect(sentFields('the recall fails when I only pass msg_id and chat_type')).toEqual(['msg_id', 'chat_type']);
    expect(sentFields('we only send the username')).toEqual(['username']);
    expect(sentFields('只填了发送方和群 ID')).toEqual(['from', 'groupid', 'group_id', 'id']);
    expect(top('撤回单聊消息报 400，我们只传了消息 ID 和会话类型，漏了接收方')).toBe(
      '400-message-recall-error-param-cant-empty',
    );
  });

  it('a field given a word for its value is given a wrong value, not a count', () => {
    expect(has('排序方向传了 down', 'invalid')).toBe(true);
    expect(has('一次传了 100 个 ID', 'invalid')).toBe(false);
    expect(has('只传了 channel', 'invalid')).toBe(false);
  });

  it.each([
    [
      '注册用户时请求体里只放了 password，返回 400',
      '400-illegal-argument-entity-user-requires-property-named-username',
    ],
    ['分页获取用户收藏，排序方向传了 newest，返回 400', '400-illegal-argument-direction-should-desc-asc'],
  ])('%s', (q, id) => {
    expect(top(q)).toBe(id);
  });
});

describe('a value missing a part of it is in the wrong format', () => {
  it.each(['time 只传了日期，没带小时', 'the time was sent without the hour', '回调地址少了 https 前缀'])('%s', (q) => {
    expect(has(q, 'invalid')).toBe(true);
    expect(has(q, 'missing')).toBe(false);
  });

  it('a value left out entirely is still missing', () => {
    expect(has('time 没带', 'missing')).toBe(true);
  });
});

describe('some of the items of one request', () => {
  it('is told in either language, and said by the entries about a batch', () => {
    expect(asksSomeOf('名单里有两个人已经退群了')).toBe(true);
    expect(asksSomeOf('one of the users left the group')).toBe(true);
    expect(asksSomeOf('这个用户已经退群了')).toBe(false);
    expect(saysSomeOf('批量设置属性时，部分用户不是群成员。')).toBe(true);
    expect(saysSomeOf('要查询属性的用户不是该群组的成员。')).toBe(false);
  });

  it.each([['批量设置群成员自定义属性，其中有几个人已经退群了', '400-metadata-error-some-users-not-in-group']])(
    '%s',
    (q, id) => {
      expect(top(q)).toBe(id);
    },
  );
});

describe('something made for one environment or project used on another', () => {
  it('is told by two environments or two projects named, not by one named twice', () => {
    expect(asksMismatch('the token works on staging but production refuses it')).toBe(true);
    expect(asksMismatch('测试环境生成的 token 拿到正式环境用')).toBe(true);
    expect(asksMismatch('token 用 A 项目的证书生成，路径里是 B 项目的 app_id')).toBe(true);
    expect(asksMismatch('a test user on the test app')).toBe(false);
    expect(saysMismatch("The App Token doesn't match this request and is rejected as illegal.")).toBe(true);
  });

  it.each([
    [
      'the app token from our staging environment is refused on production as illegal',
      '401-unauthorized-token-illegal',
    ],
  ])('%s', (q, id) => {
    expect(top(q)).toBe(id);
  });
});
