/**
 * A cause told in one's own words: "token 复制的时候少了几位 返回 401",
 * "用户名里带了 @ 返回 400". Such a question names its status and says why it
 * failed without the message's words, so no kind of failure (symptoms.ts) is
 * recognised, and the status's generic entry, which stands for "nothing more
 * specific fits", would lead. What does fit is read from the words the
 * question shares with one entry of the status and with few of its others:
 * among the 401 entries "token" says nothing, "复制" and "截断" point at the
 * corrupt token. The counts are made once, with the engine; the question's
 * words are weighed once per question.
 */
import {STOP_WORDS, queryTokens, straddlesFiller, stripChineseFiller} from './text';
import {withoutReasonPhrase} from './query';
import {withoutStatusNames} from './symptoms';

/** How many specific entries of one status contain each word (in what they say went wrong, see engine.ts). */
export interface StatusWords {
  entries: number;
  frequency: Map<string, number>;
}

/** Counts, per status, the words of its specific entries. */
export function countStatusWords(entries: {status: number; words: Iterable<string>}[]): Map<number, StatusWords> {
  const byStatus = new Map<number, StatusWords>();
  for (const entry of entries) {
    let counts = byStatus.get(entry.status);
    if (!counts) byStatus.set(entry.status, (counts = {entries: 0, frequency: new Map()}));
    counts.entries += 1;
    for (const word of entry.words) counts.frequency.set(word, (counts.frequency.get(word) ?? 0) + 1);
  }
  return byStatus;
}

/**
 * The question's words that can tell a cause: neither the status nor its names and reason phrase, filler,
 * numbers, nor single Chinese characters and pairs across a filler character (the pairs of words say as much,
 * with less chance).
 */
export function causeWords(text: string, status: number): string[] {
  return queryTokens(stripChineseFiller(withoutStatusNames(withoutReasonPhrase(text))))
    .filter(
      (t) =>
        t !== String(status) &&
        !/^\d+$/.test(t) &&
        !/^\p{Script=Han}$/u.test(t) &&
        !straddlesFiller(t) &&
        !STOP_WORDS.has(t),
    )
    .slice(0, 40);
}

/**
 * The weight of a word within a status: rare among its entries, high; in half of them or more, none (every 401
 * speaks of a token). A word none of them has says nothing here.
 */
export function weightInStatus(counts: StatusWords, words: readonly string[]): number {
  let df = 0;
  for (const w of words) df = Math.max(df, counts.frequency.get(w) ?? 0);
  if (df === 0 || df * 2 > counts.entries) return 0;
  return Math.log(1 + counts.entries / df);
}

/** How close to the best an entry's fit must be to count as fitting too (the `ext` of a message and of a broadcast). */
const RUNNER_UP = 0.75;
/** More entries than this that fit alike share a subject, not a cause. */
const MAX_CAUSES = 4;

/**
 * The entries a question's cause fits: the best, when its words weigh at least as much as one word no other entry
 * of the status has, and those nearly as good. None when too many are alike.
 */
export function fittingCauses(fits: readonly {i: number; fit: number}[], entries: number): number[] {
  const best = Math.max(0, ...fits.map((f) => f.fit));
  if (best < Math.log(1 + entries)) return [];
  const fitting = fits.filter((f) => f.fit >= RUNNER_UP * best).map((f) => f.i);
  return fitting.length <= MAX_CAUSES ? fitting : [];
}
