/**
 * Operations told opposite to a look-alike's: "批量解除禁言，传了 100 个用户" is not about the mute endpoint's limit,
 * "removing 70 members from a chat room" not about the add endpoint's. Many entries come in pairs whose messages
 * differ by one word (`addMembers`/`kickMembers`, `removeMute`/`userNames`) and whose endpoints do opposite things:
 * an entry that only the opposite of the operation a question names returns is the look-alike, not the answer.
 *
 * The verbs are read with the concepts of operations.ts, from the question and from each endpoint's titles.
 */
import {conceptsOf} from './operations';

/** Operations that undo each other. */
const OPPOSITES: readonly [string, string][] = [
  ['add', 'remove'],
  ['mute', 'unmute'],
  ['subscribe', 'unsubscribe'],
  ['disable', 'enable'],
];

/** Undoing is told with the words of what it undoes ("解除禁言" holds "禁言", "取消订阅" holds "订阅"). */
const UNDOES: Readonly<Record<string, string>> = {unmute: 'mute', unsubscribe: 'subscribe'};

const VERBS = new Set(OPPOSITES.flat());

/** The verbs of OPPOSITES among a text's concepts (conceptsOf), an undoing hiding what it undoes. */
export function opposableVerbs(concepts: ReadonlySet<string>): Set<string> {
  const verbs = new Set([...concepts].filter((c) => VERBS.has(c)));
  for (const [undo, done] of Object.entries(UNDOES)) if (verbs.has(undo)) verbs.delete(done);
  return verbs;
}

/** The opposites of the verbs a question names, when it does not name both of a pair ("joined" reads as adding). */
export function opposedVerbs(asked: ReadonlySet<string>): Set<string> {
  const opposed = new Set<string>();
  for (const [a, b] of OPPOSITES) {
    if (asked.has(a) && !asked.has(b)) opposed.add(b);
    if (asked.has(b) && !asked.has(a)) opposed.add(a);
  }
  return opposed;
}

/** The verbs each endpoint's titles name, read on first use. */
export class EndpointVerbs {
  private verbs?: Set<string>[];

  constructor(private readonly titles: readonly {zh: string; en: string}[]) {}

  /**
   * Whether every endpoint of an entry does the opposite of what the question asks and none does what it asks:
   * `asked` are the question's verbs, `opposed` their opposites (opposedVerbs). An entry of no endpoint is not.
   */
  opposes(endpoints: readonly number[], asked: ReadonlySet<string>, opposed: ReadonlySet<string>): boolean {
    if (endpoints.length === 0 || opposed.size === 0) return false;
    this.verbs ??= this.titles.map((t) => opposableVerbs(conceptsOf(`${t.zh} ${t.en}`)));
    return endpoints.every((k) => {
      const own = this.verbs![k] ?? new Set<string>();
      return [...own].some((v) => opposed.has(v)) && ![...own].some((v) => asked.has(v));
    });
  }
}
