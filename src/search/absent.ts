/**
 * What a text says does not exist: "聊天室不存在" is about a chat room, "找不到这个用户" about a user. Several
 * entries of one feature say "not found" of different things (the group of a member attribute update, the
 * user whose attributes are set, the group of a shared file); the thing named tells them apart. Read from
 * the words nearest to the not-found cue: "设置群成员属性时指定的群组不存在" is about the group.
 */

import {countsTold, flagOf, NAMED, thingOfMatch} from './things';

export {THINGS, type Thing} from './things';

/** The things named (things.ts); its own copy, since `thingAfter` moves its `lastIndex`. */
const THING = new RegExp(NAMED.source, 'g');

/** The cues: the thing comes before the first ("群不存在"), and mostly after the second ("找不到这个群"). */
// Gone already ("这个群上周已经解散了", "a group we had already disbanded") or taken from another App: not found here.
const BEFORE =
  /不存在|\bdoes(?:n'?t| not) exists?\b|\bnot (?:found|exists?)\b|已经?被?(?:[^，。,]{0,8}(?:删掉|删除|删了|解散|注销|撤回|下线))|被[^，。,]{0,8}(?:删掉|删除|删|解散|注销|撤回)了|\b(?:already|was|were|been) (?:deleted|disbanded|dissolved|removed)\b|(?:另一个|另外一个|别的|其他|其它)\s*(?:app|应用|项目)|\b(?:an)?other app\b/g;
const AFTER =
  /找不到|没找到|查不到|没有这[个条]|已没有|\b(?:can'?t|cannot|could not|couldn'?t|failed to|do not) find\b|\bno such\b/g;

/** A clause ends at punctuation: the thing of "批量添加群成员时，其中有用户不存在" is the user. */
const CLAUSE_END = /[，。,;；:：!！?？\n]/;

/** Things joined to the nearest one ("群组或聊天室 ID 不存在") are named too. */
const JOINED = /^\s*(?:或者?|和|与|、|\/|or|and)\s*$/;

const WINDOW = 40;

export function absentThings(text: string): number {
  const lower = text.slice(0, 2_000).toLowerCase().replace(/’/g, "'");
  let flags = 0;
  for (const cue of lower.matchAll(BEFORE))
    flags |= thingsBefore(lower.slice(Math.max(0, cue.index - WINDOW), cue.index));
  // "找不到这个群" names it after the cue, "群组找不到" before.
  for (const cue of lower.matchAll(AFTER)) {
    const start = cue.index + cue[0].length;
    flags |=
      thingAfter(lower.slice(start, start + WINDOW)) ||
      thingsBefore(lower.slice(Math.max(0, cue.index - WINDOW), cue.index));
  }
  return flags;
}

function clauseBefore(text: string): string {
  for (let k = text.length - 1; k >= 0; k--) if (CLAUSE_END.test(text[k])) return text.slice(k + 1);
  return text;
}

function clauseAfter(text: string): string {
  const end = text.search(CLAUSE_END);
  return end === -1 ? text : text.slice(0, end);
}

/** The thing nearest before the cue, and those joined to it. */
function thingsBefore(text: string): number {
  const clause = clauseBefore(text);
  const found = [...clause.matchAll(THING)];
  let flags = 0;
  for (let k = found.length - 1; k >= 0; k--) {
    flags |= flagOfMatch(found[k]);
    const previous = found[k - 1];
    if (!previous || !JOINED.test(clause.slice(previous.index + previous[0].length, found[k].index))) break;
  }
  return flags;
}

/** The first thing after the cue. */
function thingAfter(text: string): number {
  const first = THING.exec(clauseAfter(text));
  THING.lastIndex = 0;
  return first ? flagOfMatch(first) : 0;
}

function flagOfMatch(match: RegExpExecArray | RegExpMatchArray): number {
  const thing = thingOfMatch(match);
  return thing ? flagOf(thing) : 0;
}

/**
 * How well the things an entry says do not exist agree with those of a
 * question: 1 when they share one, -1 when the entry's are others, 0 when
 * either names none.
 */
export function absentFit(query: number, entry: number): number {
  if (!query || !entry) return 0;
  return query & entry ? 1 : -1;
}

/**
 * The things a question counts ("已经建了十万个子区" counts threads, though it also names the group; things.ts reads
 * the counts): a limit of how many there are is about the thing counted, not the place around it.
 */
export function countedThings(text: string): number {
  let flags = 0;
  for (const count of countsTold(text.slice(0, 2_000))) flags |= flagOf(count.thing);
  return flags;
}

/** Every thing a text names: an entry's message and summary say what their limit counts. */
export function thingsNamed(text: string): number {
  let flags = 0;
  for (const match of text.slice(0, 2_000).toLowerCase().matchAll(THING)) flags |= flagOfMatch(match);
  return flags;
}
