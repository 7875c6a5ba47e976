/**
 * Whose count a limit counts. One feature often has several limits that read
 * alike ("too many chat rooms"): how many the whole app has, how many one
 * user has joined, how many members one group or chat room holds, or the
 * contacts of the user who adds rather than of the user being added. The
 * question's words say which ("应用下面的总数", "他加入的", "满员", "对方"),
 * and so does each entry's summary. Read only between limits: elsewhere these
 * words say nothing about the failure.
 */

export const SCOPES = ['app', 'user', 'members', 'actor', 'target', 'either'] as const;

export type Scope = (typeof SCOPES)[number];

const APP = 1 << SCOPES.indexOf('app');

/**
 * Whoever joined ("他加入的群", "群主加入的群", "the groups they joined"), but not what is to be joined
 * ("要加入的成员"): a scope of its own, and what makes a limit a quota (countsAccumulated).
 */
const JOINED = String.raw`(?<!要)(?:加入|所在)的|\bjoin(?:ed|s)?\b`;

/** Words (lower case) that say each scope; both languages. */
const CUES: Record<Scope, RegExp> = {
  // The app as a whole: "应用下面的聊天室总数", "整个 App 的总量", "the app has reached its limit".
  app: /总数|总量|整个\s?(?:app|应用)|(?:\bapp\b|应用)\s?(?:里|中|内|下面|下|能建|能创建)|(?:\bapp\b|应用)\s?的\s?\S{0,4}?(?:数量|总数|总量)|\b(?:whole|entire) app\b|\bapp-wide\b|\bin total\b|\bthe app(?:'s)? (?:has|already|as a whole)\b/,
  // What one user has or has joined: "他加入的群", "单个用户的属性", "the groups they can join".
  user: new RegExp(
    String.raw`${JOINED}|每个用户|单个用户|单用户|一个用户的|这个用户的|\bper[- ]user\b|\b(?:a|one|each) user's\b|\b(?:a single|for one|for each) user\b`,
  ),
  // The members of one group or chat room: "满员", "人数上限", "the group's maximum size".
  members:
    /满员|人数|群满了|\b(?:group|chat ?room) is (?:already )?full\b|成员数(?!组)|\bmax(?:imum)? (?:members|users|member count)\b|\bmember (?:count|limit)\b|\b(?:group|room)(?:'s)? maximum size\b|\bnumber of (?:people|members|users) (?:already )?in\b|\bmaxusers\b/,
  // The user who adds (a contact): "发起方", "我自己的好友", "my own contact list".
  actor: /发起|(?:我|自己)的?好友|自己的|\bmy own\b|\binviter\b|\bthe (?:user|one) (?:adding|who adds)\b/,
  // The user being added: "对方", "被加的那个人", "the person I'm adding".
  target:
    /对方|被加|被添加|被邀请|\binvitee\b|\bthe other (?:user|side|person|one)\b|\b(?:user|person|one) (?:being added|i'?m adding|we'?re adding|you'?re adding)\b/,
  // Either of the two users: the answer to a question that names no side.
  either: /其中一方|任意一方|\bone of the two\b|\beither (?:user|side)\b/,
};

export function scopesOf(text: string): number {
  const lower = text.slice(0, 2_000).toLowerCase().replace(/’/g, "'");
  let flags = 0;
  SCOPES.forEach((scope, k) => {
    if (CUES[scope].test(lower)) flags |= 1 << k;
  });
  return flags;
}

/**
 * Whether a question counts what accumulates over time rather than what came in one request: what the
 * app holds, or what a user has joined ("他加入的子区太多"). Such a limit is a quota.
 */
export function countsAccumulated(text: string, scopes: number): boolean {
  return (scopes & APP) !== 0 || JOINED_CUE.test(text.slice(0, 2_000).toLowerCase());
}

const JOINED_CUE = new RegExp(JOINED);

/** People counted instead of places: "成员太多", "too many members" is the size of one group, not how many groups exist. */
const PEOPLE = /成员|人|用户|\b(?:members?|users?|people|owners?|admins?)\b/;

/**
 * The scopes of a question about creating a place (a group, a chat room, a thread) that hit a limit. Creating one
 * adds to how many exist, which the app counts: when the question names no scope and no people, that is the count
 * it means ("建群失败 超过上限"), not how many one user has joined, which only a question that says so means.
 */
export function creationScopes(text: string, scopes: number): number {
  return scopes || PEOPLE.test(text.slice(0, 2_000).toLowerCase()) ? scopes : APP;
}

const SIDES = (1 << SCOPES.indexOf('actor')) | (1 << SCOPES.indexOf('target'));
const EITHER = 1 << SCOPES.indexOf('either');

/**
 * How well an entry's scopes agree with a question's: 1 when they share one,
 * -1 when the entry counts something else, 0 when either names none. Of two
 * users, an entry about one side is the narrower answer: it loses by half
 * to a question that names no side, as an entry about either side does to a
 * question that names one.
 */
export function scopeFit(query: number, entry: number): number {
  const asked = query & ~EITHER;
  if (!(asked & SIDES) && entry && !(entry & ~SIDES)) return asked ? -1 : -0.5;
  if (!asked || !entry) return 0;
  if (asked & entry) return 1;
  return asked & SIDES && entry & EITHER ? -0.5 : -1;
}
