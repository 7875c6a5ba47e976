/**
 * The operation a question names in words ("封禁群组接口返回 404", "getting a chat room's details fails"): the
 * endpoint it called, told without its path. Look-alike entries of one status differ by the endpoints that
 * return them (a group that does not exist is one entry for the disable endpoint, another for the member list),
 * so an entry that the named operation returns is a better answer than its neighbour.
 *
 * An endpoint's title is read as a set of concepts (a verb and what it acts on: 查 + 群 + 详情); a question names
 * the endpoint when it has every concept of the title, in any order and in either language. Concepts absorb the
 * ways people say the same thing (获取/查询/查/拉取, 群组/群, "get"/"list"/"fetch").
 */

/** A concept and the words that say it, in queries and titles alike (lower case). */
const CONCEPTS: readonly [string, RegExp][] = [
  // Verbs. Undoing comes first: 解除禁言 is not 禁言, 取消订阅 is not 订阅, "unmute" is not "mute".
  ['unmute', /解除[^，,。？?]{0,8}禁言|取消[^，,。？?]{0,6}禁言|\bunmut\w*|\blift\w* (?:the |a )?mutes?\b/],
  ['unsubscribe', /取消订阅|\bunsubscrib\w*/],
  ['mute', /禁言|\bmut(?:e|ed|es|ing)\b|\bsilenc\w*/],
  ['subscribe', /订阅|\bsubscri(?:be|bed|bes|bing|ption)\b/],
  // Downloading a thing is getting it: "下载历史消息文件" names the history endpoint ("获取历史消息记录") too.
  [
    'get',
    /获取|查询|查看|查|拉取|读取|拿|列出|下载|\bdownloa\w*|\bget(?:s|ting)?\b|\blist(?:s|ed|ing)?\b|\bfetch\w*|\bquer(?:y|ies|ying)\b|\bretriev\w*|\bcheck\w*/,
  ],
  ['update', /修改|更新|编辑|更改|改|\bupdat\w*|\bmodif\w*|\bedit\w*|\bchang\w*/],
  ['remove', /删除|移除|移出|删|踢出|踢|撤销|\bdelet\w*|\bremov\w*|\bkick\w*|\brevok\w*/],
  ['add', /添加|新增|加入|追加|拉[^，,。？?]{0,6}进|加|\badd(?:s|ed|ing)?\b|\binvit\w*|\bjoin\w*/],
  ['set', /设置|设定|设|\bset(?:s|ting)?\b|\bconfigur\w*/],
  ['create', /创建|新建|建|\bcreat\w*/],
  ['send', /发送|发|\bsend\w*|\bsent\b|\bpost(?:s|ed|ing)? (?:a |the )?messages?\b/],
  ['recall', /撤回|\brecall\w*/],
  ['disable', /封禁|\bdisabl\w*|\bdeactivat\w*|\bban(?:s|ned|ning)?\b/],
  ['enable', /解禁|\benabl\w*|\breactivat\w*|\bunban\w*/],
  ['dissolve', /解散|\bdissolv\w*|\bdisband\w*/],
  ['transfer', /转让|\btransfer\w*/],
  ['register', /注册|\bregist\w*|\bsign(?:s|ed|ing)? up\b/],
  ['import', /导入|\bimport\w*/],
  ['upload', /上传|\buploa\w*/],
  ['download', /下载|\bdownloa\w*/],
  ['clear', /清空|\bclear\w*/],
  ['offline', /下线|\boffline\b|\blog(?:s|ged|ging)? (?:\w+ )?out\b|\bkick\w* (?:\w+ )?off\b/],
  ['broadcast', /广播|\bbroadcast\w*/],
  // What is acted on.
  ['user', /用户|账号|账户|\busers?\b|\baccounts?\b/],
  ['message', /消息|\bmessages?\b/],
  ['chatroom', /聊天室|直播间|\bchat ?rooms?\b/],
  ['group', /群|\b(?:chat ?)?groups?\b/],
  ['member', /成员|群成员|多少人|人数|\bmembers?\b/],
  ['thread', /子区|话题|\bthreads?\b/],
  ['contact', /好友|联系人|\bcontacts?\b|\bfriends?\b/],
  ['blocklist', /黑名单|\bblock ?list|\bblacklist/],
  ['allowlist', /白名单|\ballow ?list|\bwhite ?list/],
  ['admin', /管理员|\badmins?\b|\badministrators?\b/],
  ['superAdmin', /超级管理员|\bsuper ?admins?\b/],
  ['announcement', /公告|\bannouncements?\b|\bnotices?\b|\bbulletins?\b/],
  ['attribute', /属性|\battributes?\b|\bmetadata\b/],
  ['details', /详情|信息|资料|\bdetails?\b|\binfo(?:rmation)?\b/],
  ['password', /密码|\bpasswords?\b/],
  ['presence', /在线状态|\bpresence\b|\bonline status\b/],
  ['tag', /标签|\btags?\b/],
  ['template', /模板|\btemplates?\b/],
  ['favorite', /收藏|\bfavou?rites?\b/],
  ['reaction', /表情回[复应]|\breactions?\b/],
  ['nickname', /昵称|\bnicknames?\b/],
  ['language', /语言|\blanguages?\b/],
  ['push', /推送|\bpush\b|\bnotifications?\b/],
  ['file', /文件|附件|\bfiles?\b|\battachments?\b/],
  ['sharedFile', /共享文件|群文件|\bshared files?\b/],
  ['conversation', /会话|\bconversations?\b/],
  ['roaming', /漫游|\broaming\b|\bhistory\b|历史/],
  ['callback', /回调|\bcallbacks?\b/],
  ['device', /设备|\bdevices?\b/],
];

/**
 * Concepts a title names in passing, which questions often leave out ("添加单个用户至群组白名单" is told as "加到群白名单",
 * "根据消息 ID 获取 Reaction" as "获取 reaction"): asked of a question only when the title has no two others.
 */
const OPTIONAL = new Set(['user', 'message']);

/** Strings joined into one ("IDs joined by commas") are not someone joining a group. */
const JOINED_STRINGS = /\bjoin(?:ed|s|ing)? (?:by|with|together)\b/g;

/** The concepts a text names: read once per question, for the operations it names and for their verbs (opposed.ts). */
export function conceptsOf(text: string): Set<string> {
  const lower = text.slice(0, 2_000).toLowerCase().replace(JOINED_STRINGS, ' ');
  return new Set(CONCEPTS.filter(([, words]) => words.test(lower)).map(([name]) => name));
}

/** An endpoint as a question may name it: the concepts of one of its titles, without the optional ones. */
export interface NamedOperation {
  endpoint: number;
  concepts: string[];
}

/**
 * What each endpoint's titles ask of a question to name it. A title with fewer than two concepts (a verb and its
 * object) would be named by too many questions, and is left out.
 */
export function operationsOfTitles(titles: readonly {zh: string; en: string}[]): NamedOperation[] {
  const operations: NamedOperation[] = [];
  titles.forEach((title, endpoint) => {
    for (const text of [title.zh, title.en]) {
      const all = [...conceptsOf(text)];
      const required = all.filter((c) => !OPTIONAL.has(c));
      const concepts = required.length >= 2 ? required : all;
      if (concepts.length >= 2) operations.push({endpoint, concepts});
    }
  });
  return operations;
}

/**
 * The endpoints a question names in words: every concept of one of their titles is in it. Of two named titles,
 * one whose concepts the other's contain is left out ("删除群组" when the question says "删除群组共享文件").
 */
export function operationsNamed(asked: ReadonlySet<string>, operations: readonly NamedOperation[]): Set<number> {
  if (asked.size < 2) return new Set();
  const named = operations.filter((o) => o.concepts.every((c) => asked.has(c)));
  const widest = named.filter(
    (o) =>
      !named.some(
        (other) => other.concepts.length > o.concepts.length && o.concepts.every((c) => other.concepts.includes(c)),
      ),
  );
  return new Set(widest.map((o) => o.endpoint));
}
