/**
 * Limits told as counts of things: "batch registration of 75 accounts", "to 里塞了 1000 个用户 ID", "5 chat
 * groups at once". Several limits of one request differ only in their number and in what they count (`to`
 * takes 600 user IDs, 3 chat group IDs, 10 chat room IDs): the count told exceeds some of them, and counts
 * the things of fewer. An entry's limits are read from its English summary ("more than 600 user IDs", "the
 * per-request limit of 60").
 */

import {countsTold, thingCountedAt, type Counted} from './things';

export interface Count {
  n: number;
  /** What is counted (things.ts); undefined when the words do not say. */
  thing?: Counted;
}

/** A limit in an entry's summary: "more than 600 user IDs", "the per-request limit of 60", "(the limit is 100)". */
const ENTRY_LIMIT =
  /(?:more than|above|over|limit of|limit is|maximum of|at most|up to)\s+(\d{1,6})\b(?!\s*(?:-?bytes?|characters?|kb|mb|gb|minutes?|seconds?|hours?|days?|times?))/g;

/** A rate ("150 messages in one second"): its counts are per second or minute, not of one request. */
const RATE =
  /\bper (?:second|minute)\b|\bin (?:one|a) (?:second|minute)\b|\ba (?:second|minute)\b|每秒|每分钟|一秒|一分钟/;

/**
 * The counts a question tells (things.ts reads them; at most a few): a status like 400 or 404 is no count (see
 * query.ts), nor is one thing.
 */
export function questionCounts(text: string, status?: number): Count[] {
  const lower = text.slice(0, 1_000).toLowerCase();
  if (RATE.test(lower)) return [];
  const counts: Count[] = [];
  for (const {n, thing} of countsTold(lower)) {
    if (n === status || n < 2) continue;
    counts.push({n, thing});
    if (counts.length >= 4) break;
  }
  return counts;
}

/** The limits an entry's English summary states, with what each counts when it says. */
export function entryLimits(summary: string): Count[] {
  const lower = summary.toLowerCase();
  const limits: Count[] = [];
  for (const m of lower.matchAll(ENTRY_LIMIT))
    limits.push({n: Number(m[1]), thing: thingCountedAt(lower, m.index + m[0].length)});
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
