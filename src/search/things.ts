/**
 * The things a question or an entry names (a group, a chat room, a user, a message…), in both languages, and the
 * counts of them a question tells ("十万个子区", "75 accounts", "1000 个用户 ID"). One vocabulary for every rule that
 * asks what a text is about: what it says does not exist and what a limit counts (absent.ts), and how many things
 * of a request a count exceeds (counts.ts). A word added here is known to all of them.
 */

/** The things, in the order of their bit flags (absent.ts). */
export const THINGS = [
  'group',
  'chatroom',
  'user',
  'message',
  'file',
  'thread',
  'attribute',
  'template',
  'favorite',
  'tag',
  'address',
] as const;

export type Thing = (typeof THINGS)[number];

/**
 * What a count may be of: a thing, or contacts. A contact is a user (its flag is the user's: "好友不存在" is a user
 * not found), but a request's limit of contacts is another limit than its limit of users.
 */
export type Counted = Thing | 'contact';

const COUNTED: readonly Counted[] = [...THINGS, 'contact'];

/** Words (lower case) that name each thing wherever they stand. */
const WORDS: Record<Counted, string> = {
  group: String.raw`群组|群(?!成员|主|管理|公告|共享|文件)|\b(?:chat ?)?groups?\b|\bgrp(?:id)?\b|\bgroup_?id\b`,
  chatroom: String.raw`聊天室|直播间|房间|\bchat ?rooms?\b|\brooms?\b|\bchatroom_id\b`,
  // A group's members are people: "500 个群成员" counts users.
  user: String.raw`用户|群成员|成员|账号|\busers?(?:_?ids?)?\b|\busernames?\b|\bmembers?\b|\baccounts?\b|\bpeople\b`,
  message: String.raw`消息|\bmessages?\b|\bmsg(?:_id)?\b`,
  file: String.raw`文件|附件|\bfiles?\b|\battachments?\b`,
  thread: String.raw`子区|话题|\bthreads?\b`,
  attribute: String.raw`属性|\battributes?\b|\bmetadata\b`,
  template: String.raw`模板|\btemplates?\b`,
  favorite: String.raw`收藏|\bfavou?rites?\b|\bcollections?\b`,
  tag: String.raw`标签|\btags?\b`,
  address: String.raw`接口|路径|\burl\b|\buri\b|\bendpoint\b`,
  contact: String.raw`好友|联系人|\bcontacts?\b|\bfriends?\b`,
};

/** Words that name a thing only right after a number: "500 人" counts people, while 人 alone is part of 别人, 人数. */
const AFTER_A_NUMBER: Partial<Record<Counted, string>> = {user: '人(?!数)'};

const alternatives = (words: (thing: Counted) => string) => COUNTED.map((t) => `(${words(t)})`).join('|');

/** Every thing named, one capture group per thing (see `thingOfMatch`). */
export const NAMED = new RegExp(
  alternatives((t) => WORDS[t]),
  'g',
);

const COUNTED_WORDS = new RegExp(
  alternatives((t) => (AFTER_A_NUMBER[t] ? `${WORDS[t]}|${AFTER_A_NUMBER[t]}` : WORDS[t])),
  'g',
);

/** The thing a match of `NAMED` (or of the words after a number) names. */
export function thingOfMatch(match: RegExpMatchArray): Counted | undefined {
  const k = match.findIndex((group, i) => i > 0 && group !== undefined);
  return k > 0 ? COUNTED[k - 1] : undefined;
}

/** The bit flag of a thing (absent.ts): a contact is a user. */
export function flagOf(thing: Counted): number {
  return 1 << THINGS.indexOf(thing === 'contact' ? 'user' : thing);
}

const ANY_WORD = COUNTED.map((t) => WORDS[t]).join('|') + '|' + Object.values(AFTER_A_NUMBER).join('|');

/** One English word between a number and its thing ("75 new accounts"), not one that joins it to another. */
const BETWEEN = String.raw`(?!(?:a|an|the|of|and|or|to|in|on|at|for|with|per|from|by|each|than)\s)[a-z-]+\s+`;

/**
 * The words of what a number counts, starting where the number ends: a thing, or two that make one ("chat room
 * messages", "chat room custom attributes": the last is what is counted).
 */
const THING_RUN = new RegExp(
  String.raw`\s*(?:${BETWEEN})??(?:${ANY_WORD})(?:\s*(?:${BETWEEN})??(?:${ANY_WORD}))?`,
  'y',
);

/** The thing counted by the words at `at`, else undefined: "60 chat room members" counts users. */
export function thingCountedAt(text: string, at: number): Counted | undefined {
  THING_RUN.lastIndex = at;
  const run = THING_RUN.exec(text);
  if (!run) return undefined;
  let last: Counted | undefined;
  for (const match of run[0].matchAll(COUNTED_WORDS)) last = thingOfMatch(match) ?? last;
  return last;
}

/**
 * A number: digits (a thousands separator, a Chinese multiplier: "10,000", "10万"), not part of a word, a time, a
 * decimal or an ordinal ("101st", "第 3 个"); or a Chinese numeral ("十万", "几百") before its measure word.
 */
const NUMBER = new RegExp(
  String.raw`(?<![\w.,:]|第\s?)(?:(\d{1,3}(?:,\d{3}){1,2}|\d{1,6})(?![\d,]|st\b|nd\b|rd\b|th\b)\s*([十百千万]?)|([一二两三四五六七八九十百千万几]+)(?=\s*(?:[多来余]\s*)?[个位条名]))\s*(\+|[多来余])?\s*([个位条名]\s*)?`,
  'g',
);

/**
 * Without a measure word, a Chinese thing after digits is no count ("返回 404 群组不存在" is a status): only an
 * English one ("75 accounts"), one that is its own measure ("500 人"), or one after "10万" or "1000多".
 */
const UNMEASURED = new RegExp(String.raw`\s*(?:[a-z]|${Object.values(AFTER_A_NUMBER).join('|')})`, 'y');

export interface CountTold {
  /** The least the words can mean: "几百" is at least 200, "一千多" and "1000+" more than 1000. */
  n: number;
  thing: Counted;
}

/** The counts a text tells: a number, then the thing it counts right after it. */
export function countsTold(text: string): CountTold[] {
  const lower = text.toLowerCase();
  const counts: CountTold[] = [];
  for (const m of lower.matchAll(NUMBER)) {
    const at = m.index + m[0].length;
    UNMEASURED.lastIndex = at;
    if (!m[2] && !m[4] && !m[5] && !UNMEASURED.test(lower)) continue;
    const thing = thingCountedAt(lower, at);
    if (!thing) continue;
    const n = m[1] ? Number(m[1].replace(/,/g, '')) * (MULTIPLIER[m[2]] ?? 1) : chineseNumber(m[3]);
    counts.push({n: m[4] && m[4] !== '来' ? n + 1 : n, thing});
  }
  return counts;
}

const MULTIPLIER: Record<string, number> = {十: 10, 百: 100, 千: 1_000, 万: 10_000};
const DIGIT: Record<string, number> = {一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 几: 2};

/** "十万" 100000, "几百" 200 ("几" is at least two), "一千二百" 1200. */
function chineseNumber(words: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of words) {
    if (ch === '万') {
      total += (section + digit || 1) * 10_000;
      section = digit = 0;
    } else if (MULTIPLIER[ch]) {
      section += (digit || 1) * MULTIPLIER[ch];
      digit = 0;
    } else digit = DIGIT[ch] ?? 0;
  }
  return total + section + digit;
}
