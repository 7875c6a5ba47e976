/**
 * An entry's words as the index sees them, and how they travel in the search data. The data is what the browser
 * downloads on first use, so it carries only what cannot be worked out from the rest: the words of the message,
 * type and summaries are read from those fields where the engine starts; a singular travels in its plural, and
 * Chinese character pairs in runs that hold them and their characters (the engine puts them back).
 */
import {isStopCharacter, indexTokens, singularOf} from './text';

/** The fields an entry's primary words come from: what it says when it is quoted, and its one-line meaning. */
export interface PrimaryFields {
  message: string;
  variants: string[];
  type: string;
  summary: {zh: string; en: string};
}

/** The words of message, variants, type and summaries, once each. */
export function primaryTermsOf(doc: PrimaryFields): string[] {
  return [...new Set(indexTokens([doc.message, ...doc.variants, doc.type, doc.summary.zh, doc.summary.en].join('\n')))];
}

const HAN_CHARACTER = /^\p{Script=Han}$/u;
const HAN_PAIR = /^\p{Script=Han}{2}$/u;
const HAN_RUN = /^\p{Script=Han}{2,}$/u;

/**
 * Drops what `expandTerms` works out again: each single Chinese character that a character pair of the list holds,
 * and each singular whose plural the list has (member, members). Pairs that follow on are joined into runs (用户,
 * 户名 → 用户名): a run gives back exactly its pairs, in a third of the bytes.
 */
export function compactTerms(terms: readonly string[]): string[] {
  const pairs = terms.filter((t) => HAN_PAIR.test(t));
  const held = new Set(pairs.flatMap((t) => [...t]));
  const singulars = new Set(terms.map(singularOf));
  const runs = chainPairs(pairs);
  const out: string[] = [];
  for (const t of terms) {
    if (HAN_PAIR.test(t)) {
      const run = runs.get(t);
      if (run) out.push(run);
    } else if (!(HAN_CHARACTER.test(t) && held.has(t)) && !singulars.has(t)) out.push(t);
  }
  return out;
}

/**
 * Each pair to the run that starts with it (pairs inside a run map to nothing). A run starts where no unused pair
 * leads in, so that runs are long; every pair is in exactly one run.
 */
function chainPairs(pairs: readonly string[]): Map<string, string> {
  const unusedFrom = new Map<string, string[]>();
  for (const p of pairs) (unusedFrom.get(p[0]) ?? unusedFrom.set(p[0], []).get(p[0])!).push(p);
  const leadsIn = new Set(pairs.map((p) => p[1]));
  const used = new Set<string>();
  const runs = new Map<string, string>();
  const ordered = [...pairs.filter((p) => !leadsIn.has(p[0])), ...pairs];
  for (const first of ordered) {
    if (used.has(first)) continue;
    used.add(first);
    let run = first;
    for (;;) {
      const next = unusedFrom.get(run[run.length - 1])?.find((p) => !used.has(p));
      if (!next) break;
      used.add(next);
      run += next[1];
    }
    runs.set(first, run);
  }
  return runs;
}

/**
 * The list as it was before `compactTerms`, less the words already `seen` (which it adds to): a plural gives back its
 * singular, runs give back their pairs, and the characters of the pairs come back, particles excepted, as the index
 * never holds those alone.
 */
export function expandTerms(terms: readonly string[], seen: Seen): string[] {
  // Runs for every word of every entry at start-up: no intermediate lists, and the pattern only where it can match.
  const out: string[] = [];
  const take = (t: string) => {
    if (seen.has(t)) return;
    seen.add(t);
    out.push(t);
  };
  const runs: string[] = [];
  for (const t of terms) {
    if (!isHanRun(t)) {
      take(t);
      const singular = singularOf(t);
      if (singular) take(singular);
      continue;
    }
    runs.push(t);
    for (let i = 0; i + 1 < t.length; i++) take(t.slice(i, i + 2));
  }
  for (const run of runs) for (const c of run) if (!isStopCharacter(c)) take(c);
  return out;
}

/** A run of Chinese characters (a pair or longer); the pattern only where one can be. */
function isHanRun(word: string): boolean {
  return mayBeHan(word) && word.length >= 2 && HAN_RUN.test(word);
}

/** Whether a word may start with a Chinese character: none has a code unit below U+2E80, where Latin words are. */
function mayBeHan(word: string): boolean {
  return word.charCodeAt(0) >= 0x2e80;
}

/** The words seen so far: a set, or what files them as they come (the engine files an entry's words with their flags). */
export interface Seen {
  has(word: string): boolean;
  add(word: string): unknown;
}

/** The words not `seen` yet, once each, in order; they are seen from now on. */
export function takeNew(terms: readonly string[], seen: Seen): string[] {
  const out: string[] = [];
  for (const t of terms) {
    if (seen.has(t)) continue;
    seen.add(t);
    out.push(t);
  }
  return out;
}
