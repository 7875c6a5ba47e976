/**
 * The features of the API a query can name ("chat room", "blocklist",
 * "禁言") and the endpoints that belong to each, told apart by the words of
 * their paths. A query that names a feature prefers the entries its
 * endpoints return: "too many users at once" means a different limit for a
 * chat room than for a group, and for muting than for unmuting.
 */

interface Feature {
  name: string;
  /** Words of a query (lower case, canonical) that name the feature. */
  cue: RegExp;
  /** Whether an endpoint (method and path segments after the app) belongs to it. */
  owns: (method: string, segments: string[]) => boolean;
}

/** The places people are added to (the first path segment of their endpoints). */
const PLACES = ['chatgroups', 'chatrooms', 'thread'];

const has =
  (...words: string[]) =>
  (_method: string, segments: string[]) =>
    segments.some((s) => words.includes(s));

const FEATURES: Feature[] = [
  {name: 'chatroom', cue: /chat\s?rooms?|聊天室|直播间/, owns: has('chatrooms', 'chatroom')},
  {name: 'group', cue: /\b(?:chat)?groups?\b|群/, owns: has('chatgroups', 'chatgroup')},
  {name: 'thread', cue: /\bthreads?\b|子区|话题/, owns: has('thread', 'threads')},
  {name: 'contacts', cue: /\bcontacts?\b|\bfriends?\b|好友|联系人/, owns: has('contacts')},
  {
    name: 'blocklist',
    cue: /\bblock\s?list|\bblacklist|\b(?:un)?block(?:ed|ing|s)?\b|黑名单|拉黑|屏蔽/,
    owns: has('blocks'),
  },
  // Taking users off a blocklist: its endpoints are the blocklist's too, so "remove from the blocklist" fits.
  {
    name: 'unblock',
    cue: /\bunblock(?:ed|ing|s)?\b|\b(?:remov|delet|tak)\w*\b[^.?!]{0,40}\b(?:from|off|out of)\b[^.?!]{0,30}\b(?:block ?list|blacklist)|移出黑名单|黑名单[^，,。？?]{0,8}(?:移除|删除|移出)|(?:解除|取消)拉黑/,
    owns: (method, segments) => method === 'DELETE' && segments.includes('blocks'),
  },
  {name: 'allowlist', cue: /allow\s?list|white\s?list|白名单/, owns: has('white')},
  {
    name: 'mute',
    cue: /(?<!\b(?:lift|remov|cancel|undo|lifting|removing|cancelling|undoing)\w* (?:the )?)\bmut(?:e|ed|es|ing)\b|\bsilenc\w*|(?<!(?:解除|取消)[^，,。？?]{0,12})禁言/,
    owns: (method, segments) =>
      method !== 'DELETE' && segments.some((s) => s === 'mute' || s === 'mutes' || s === 'ban'),
  },
  {
    name: 'unmute',
    cue: /\bunmut(?:e|ed|es|ing)\b|\b(?:lift|remov|cancel|undo)\w* (?:the )?mutes?\b|\bunsilenc\w*|(?:解除|取消)[^，,。？?]{0,12}禁言|解禁/,
    owns: (method, segments) => method === 'DELETE' && segments.some((s) => s === 'mute' || s === 'ban'),
  },
  {name: 'presence', cue: /presence|在线状态|订阅/, owns: has('presence')},
  {name: 'reaction', cue: /\breactions?\b|表情回[复应]/, owns: has('reaction')},
  {name: 'favorites', cue: /favou?rites?|\bcollections?\b|收藏/, owns: has('collections')},
  {name: 'push', cue: /\bpush\b|推送/, owns: has('push', 'notification')},
  {name: 'attributes', cue: /\battributes?\b|metadata|属性/, owns: has('metadata')},
  // A user's own attributes, apart from those of group or chat room members (`/metadata/user/…`).
  {
    name: 'userAttributes',
    cue: /\buser (?:attributes?|metadata)\b|用户属性|用户资料/,
    owns: (_method, segments) => segments[0] === 'metadata' && segments[1] === 'user',
  },
  {name: 'admin', cue: /\badmins?\b|\badministrators?\b|管理员/, owns: has('admin')},
  {name: 'announcement', cue: /announce(?:ment)?s?|\bnotices?\b|\bbulletins?\b|公告/, owns: has('announcement')},
  {name: 'recall', cue: /\brecall|撤回/, owns: has('msg_recall', 'batch_recall')},
  {name: 'edit', cue: /\bedit(?:ed|ing|s)?\b|\brewrite|编辑|(?:修改|改)[^，,。？?\s]{0,6}消息/, owns: has('rewrite')},
  // The attachments of messages, and apart from them a group's shared files ("文件" names the first).
  {
    name: 'file',
    cue: /\bfiles?\b|\battachments?\b|\bimages?\b|\bvideos?\b|文件|附件|图片|视频|语音/,
    owns: has('chatfiles'),
  },
  {name: 'broadcast', cue: /\bbroadcast(?:s|ing|ed)?\b|广播/, owns: has('broadcast')},
  {name: 'sharedFile', cue: /\bshared? files?\b|\bgroup files?\b|共享文件|群文件/, owns: has('share_files')},
  // Creating a group, a chat room or a thread, apart from adding people to one: "拉人进群" does not meet
  // the app's limit on groups, which only creating one does.
  {
    name: 'create',
    cue: /创建|新建|建群|建(?:的|了)?(?:一个|个)?新?(?:群|聊天室|子区|直播间|话题)|新开(?:一个|个)?(?:群|聊天室|子区|直播间|话题)|\bcreat(?:e|ed|es|ing|ion)\b|\b(?:start|open)(?:s|ed|ing)? (?:a |one more |another )?new (?:group|chat ?room|thread)s?\b/,
    owns: (method, segments) => method === 'POST' && segments.length === 1 && PLACES.includes(segments[0]),
  },
  {
    name: 'addMembers',
    cue: /加人|拉人|拉[^，,。？?]{0,6}进|进群|入群|加群|进聊天室|加入(?:群|聊天室|子区)|(?:添加|加)[^，,。？?]{0,4}成员|邀请|\badd(?:ing|s|ed)? (?:[\w-]+ ){0,2}(?:members?|users?|people|someone)\b|\binvit\w*|\bjoin(?:ing)?\b/,
    owns: (method, segments) =>
      method === 'POST' && segments.length >= 3 && PLACES.includes(segments[0]) && segments[2] === 'users',
  },
  // Counting a group's online members (`/presence/online/{group_id}/type/{query_type}`), apart from presence itself.
  {
    name: 'onlineCount',
    cue: /在线人数|多少人在线|在线(?:成员)?(?:数|数量)|\bonline (?:member )?counts?\b|\bcount(?:s|ing)? (?:of )?(?:a group's |the group's |the )?online\b|\bonline members\b/,
    owns: (_method, segments) => segments[0] === 'presence' && segments[1] === 'online',
  },
];

/**
 * Features that are an operation on a group, a chat room or a user rather than the place itself: an entry
 * that only these operations return ("userNames is more than max limit" of the group blocklist) is not
 * what a question that names the group but not the operation ("too many users to a group at once") means.
 */
const OPERATIONS = [
  'blocklist',
  'allowlist',
  'mute',
  'unmute',
  'admin',
  'announcement',
  'attributes',
  'userAttributes',
  'recall',
  'edit',
  'file',
  'unblock',
  'sharedFile',
  'broadcast',
];

/** Features that exclude each other: a query about muting does not want the limit of unmuting. */
const OPPOSITES: [string, string][] = [
  ['mute', 'unmute'],
  ['chatroom', 'group'],
  ['create', 'addMembers'],
];

/** A feature that undoes another on the same endpoints' resource: unblocking is not what "add to the blocklist" means. */
const UNDOES: [string, string][] = [['unblock', 'blocklist']];

/**
 * How well an entry's features fit a query's: the share of the query's
 * features the entry has, minus one for each opposite it has instead, and
 * minus one and a half when every endpoint of the entry is one of operations
 * the query names none of (`operations`: those operations; 0 when some
 * endpoint is none): such an entry then ranks below one that every feature
 * returns, which says nothing of one.
 * Between -1 and 1; 0 when either names none.
 */
export function featureFit(query: number, entry: number, operations = 0): number {
  if (!query || !entry) return 0;
  // Creating and adding people only tell look-alikes apart (OPPOSITES); they do not make a feature shared.
  const [asked, own] = [query & ~MODIFIER_FLAGS, entry & ~MODIFIER_FLAGS];
  const shared = countFlags(asked & own);
  let fit = !asked || !own ? 0 : shared > 0 ? shared / countFlags(asked) : -0.75;
  if (shared > 0 && operations && !(operations & query)) fit -= 1.5;
  for (const [fa, fb] of OPPOSITE_FLAGS) {
    if (
      (query & fa && !(query & fb) && entry & fb && !(entry & fa)) ||
      (query & fb && !(query & fa) && entry & fa && !(entry & fb))
    )
      fit -= 1;
  }
  for (const [fu, fd] of UNDO_FLAGS) {
    if (query & fd && !(query & fu) && entry & fu) fit -= 1;
  }
  return Math.max(-1, fit);
}

function flagOf(name: string): number {
  return 1 << FEATURES.findIndex((f) => f.name === name);
}

// As flags once: featureFit runs for every entry a query finds.
const OPPOSITE_FLAGS = OPPOSITES.map(([a, b]) => [flagOf(a), flagOf(b)]);
const UNDO_FLAGS = UNDOES.map(([undo, done]) => [flagOf(undo), flagOf(done)]);

const OPERATION_FLAGS = OPERATIONS.reduce((flags, name) => flags | flagOf(name), 0);

/** Whether a query's features (featuresOfQuery) say a place is being created. */
export function namesCreating(features: number): boolean {
  return (features & flagOf('create')) !== 0;
}

/** What is done to a place (creating it, adding people to it), not a feature of its own. */
export const MODIFIER_FLAGS = flagOf('create') | flagOf('addMembers');

/** The operations among an endpoint's features (the blocklist of a group, not the group). */
export function operationsOf(endpointFeatures: number): number {
  return endpointFeatures & OPERATION_FLAGS;
}

/** The features a query names, as bit flags. */
export function featuresOfQuery(text: string): number {
  // "那条消息刚刚被发送者撤回了": what happened to the thing before names no operation of the question.
  const lower = text.slice(0, 1_000).toLowerCase().replace(PAST_EVENT, ' ');
  let flags = 0;
  FEATURES.forEach((f, k) => {
    if (f.cue.test(lower)) flags |= 1 << k;
  });
  return flags;
}

/** Something done to the thing named before the call: "被发送者撤回了", "已经被撤回", "was recalled an hour ago". */
const PAST_EVENT =
  /被[^，。,]{0,8}(?:撤回|删除|删掉|删|解散|禁言|拉黑)了|\b(?:was|were|had been|has been) (?:recalled|deleted|muted|blocked)\b/g;

/** The features of an endpoint, as bit flags. */
export function featuresOfEndpoint(method: string, segments: string[]): number {
  let flags = 0;
  FEATURES.forEach((f, k) => {
    if (f.owns(method, segments)) flags |= 1 << k;
  });
  return flags;
}

export function countFlags(flags: number): number {
  let n = 0;
  for (let f = flags; f; f &= f - 1) n += 1;
  return n;
}
