/**
 * An entry's words as the index sees them, and how they travel in the search data. The data is what the browser
 * downloads on first use, so it carries only what cannot be worked out from the rest: the words of the message,
 * type and summaries are read from those fields where the engine starts, and a Chinese character is left out when
 * a character pair of the same list holds it (the engine puts it back).
 */
import {isStopCharacter, indexTokens} from './text';

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

/** Drops each single Chinese character that a character pair of the list holds. */
export function compactHan(terms: readonly string[]): string[] {
  const held = new Set(terms.filter((t) => HAN_PAIR.test(t)).flatMap((t) => [...t]));
  return terms.filter((t) => !(HAN_CHARACTER.test(t) && held.has(t)));
}

/**
 * The list as it was before `compactHan`, less the words already `seen` (which it adds to): the characters of its
 * pairs come back, particles excepted, as the index never holds those alone.
 */
export function expandHan(terms: readonly string[], seen: Seen): string[] {
  // Runs for every word of every entry at start-up: no intermediate lists, and the pattern only where it can match.
  const out = takeNew(terms, seen);
  for (const t of terms) {
    if (!mayBeHan(t) || !HAN_PAIR.test(t)) continue;
    for (const c of t) {
      if (isStopCharacter(c) || seen.has(c)) continue;
      seen.add(c);
      out.push(c);
    }
  }
  return out;
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
