/**
 * Limits told as counts of things: "batch registration of 75 accounts", "to 里塞了 1000 个用户 ID", "5 chat
 * groups at once". Several limits of one request differ only in their number and in what they count (`to`
 * takes 600 user IDs, 3 chat group IDs, 10 chat room IDs): the count told exceeds some of them, and counts
 * the things of fewer. An entry's limits are read from its English summary ("more than 600 user IDs", "the
 * per-request limit of 60").
 */

/** What is counted; undefined when the words do not say. */
type Counted = 'user' | 'group' | 'chatroom' | 'contact' | 'message' | 'file';

export interface Count {
  n: number;
  thing?: Counted;
}

/** Words for each counted thing, lower case; the order matters ("chat group" before "group"). */
const THINGS: readonly [Counted, string][] = [
  ['chatroom', String.raw`chat ?rooms?(?: ids?)?|聊天室(?:\s*id)?|直播间`],
  ['group', String.raw`(?:chat ?)?groups?(?: ids?)?|群组?(?:\s*id)?`],
  ['contact', String.raw`contacts?|friends?|好友|联系人`],
  ['message', String.raw`messages?(?: ids?)?|消息(?:\s*id)?`],
  ['file', String.raw`attachments?(?: ids?)?|files?|附件|文件`],
  ['user', String.raw`user ?ids?|users?|usernames?|accounts?|members?|people|用户(?:\s*id)?|账号|成员|人`],
];

const THING_WORDS = THINGS.map(([, words]) => words).join('|');

/** A count told in a question: a number and the thing after it (not an ordinal: "its 101st contact" is a quota). */
const QUESTION_COUNT = new RegExp(
  String.raw`(?<![\d.])(\d{1,6})(?!\d|st\b|nd\b|rd\b|th\b)\s*(?:个|位|条|名)?\s*(?:[a-z-]+\s+)?((?:${THING_WORDS})(?:\s*(?:${THING_WORDS}))?)`,
  'g',
);

/** A limit in an entry's summary: "more than 600 user IDs", "the per-request limit of 60". */
const ENTRY_LIMIT = new RegExp(
  String.raw`(?:more than|above|over|limit of|maximum of|at most|up to)\s+(\d{1,6})\b(?!\s*(?:-?bytes?|characters?|kb|mb|gb|minutes?|seconds?|hours?|days?|times?))\s*(?:(${THING_WORDS}))?`,
  'g',
);

/** The thing a count's words name: the last of them ("chat room messages" counts messages). */
function thingOf(words: string | undefined): Counted | undefined {
  if (!words) return undefined;
  let last: {at: number; thing: Counted} | undefined;
  for (const [thing, pattern] of ENDS) {
    const m = pattern.exec(words);
    if (m && (!last || m.index > last.at)) last = {at: m.index, thing};
  }
  return last?.thing;
}

const ENDS = THINGS.map(
  ([thing, words]) => [thing, new RegExp(`(?:^|\\s|(?<=[\\u4e00-\\u9fff]))(?:${words})$`)] as const,
);

/** A rate ("150 messages in one second"): its counts are per second or minute, not of one request. */
const RATE =
  /\bper (?:second|minute)\b|\bin (?:one|a) (?:second|minute)\b|\ba (?:second|minute)\b|每秒|每分钟|一秒|一分钟/;

/** The counts a question tells (at most a few; a status like 400 or 404 is no count, see query.ts). */
export function questionCounts(text: string, status?: number): Count[] {
  const lower = text.slice(0, 1_000).toLowerCase();
  if (RATE.test(lower)) return [];
  const counts: Count[] = [];
  for (const m of lower.matchAll(QUESTION_COUNT)) {
    const n = Number(m[1]);
    if (n === status || n < 2) continue;
    counts.push({n, thing: thingOf(m[2].trim())});
    if (counts.length >= 4) break;
  }
  return counts;
}

/** The limits an entry's English summary states, with what each counts when it says. */
export function entryLimits(summary: string): Count[] {
  const lower = summary.toLowerCase();
  const limits: Count[] = [];
  for (const m of lower.matchAll(ENTRY_LIMIT)) limits.push({n: Number(m[1]), thing: thingOf(m[2]?.trim())});
  return limits;
}

/**
 * How a question's counts agree with an entry's limits: 1 when a count exceeds a limit of the same thing (or
 * of one either leaves unsaid); -1 when none does, the counts staying within its limits or counting other
 * things (1000 user IDs are not over a limit of 3 chat groups); 0 when either states none.
 */
export function countFit(counts: readonly Count[], limits: readonly Count[]): number {
  if (counts.length === 0 || limits.length === 0) return 0;
  const exceeds = counts.some((c) => limits.some((l) => (!c.thing || !l.thing || c.thing === l.thing) && c.n > l.n));
  return exceeds ? 1 : -1;
}
