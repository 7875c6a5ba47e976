/**
 * Scores the engine on a committed relevance set: for each query, whether
 * an expected entry is first (top-1) or among the first five (top-5); for a
 * query not in the catalog, whether the engine said "no exact match".
 * Used by the unit tests (thresholds) and the benchmark (the tables).
 *
 * An expectation names an entry by id, or by its signature (status, type,
 * message) so that it survives renamed ids and can name entries the catalog
 * does not have yet: the signature is looked up at scoring time.
 */
import type {SearchEngine} from './engine';
import {hasPlaceholder, templateToRegExp} from '../catalog/placeholders';
import {normalizeMessage} from './text';

/** An entry as a response shows it: the message the API returned, with its status and type where known. */
export interface Signature {
  status?: number;
  type?: string;
  message: string;
}

export type Expectation = string | Signature;

export interface RelevanceQuery {
  kind: string;
  q: string;
  expected: Expectation[];
  /** Which class of paste the query tests (see tests/relevance/README.md); 0 or absent: none in particular. */
  class?: number;
  note?: string;
}

export interface RelevanceOutcome {
  query: RelevanceQuery;
  /** The ids the expectations name today. */
  expectedIds: string[];
  /** Expectations that name no entry of the catalog: they count as misses. */
  unresolved: Expectation[];
  rank: number | null;
  exact: boolean;
  top: string[];
}

export interface KindScore {
  kind: string;
  count: number;
  top1: number;
  top5: number;
}

/** What the resolver needs of an entry: its signature and the other spellings merged into it. */
export interface ResolvableEntry {
  id: string;
  status: number;
  type: string;
  message: string;
  variants?: {status?: number; type?: string; message?: string}[];
}

export type Resolver = (expectation: Expectation) => string[];

/**
 * Resolves an expectation to entry ids: an id (following renames), or a
 * signature whose message equals the entry's message or one of its variants
 * (case, spacing and trailing punctuation aside) with the same status and
 * type. Only when no entry has the message literally, a template of the
 * catalog that matches the signature's message (or the reverse) counts.
 */
export function makeResolver(
  entries: readonly ResolvableEntry[],
  renamed: Readonly<Record<string, string>> = {},
): Resolver {
  const ids = new Set(entries.map((e) => e.id));
  const spellings = entries.flatMap((entry) =>
    [{}, ...(entry.variants ?? [])].map((v) => ({
      id: entry.id,
      status: v.status ?? entry.status,
      type: (v.type ?? entry.type).toLowerCase(),
      message: v.message ?? entry.message,
    })),
  );
  return (expectation) => {
    if (typeof expectation === 'string') {
      const id = renamed[expectation] ?? expectation;
      return ids.has(id) ? [id] : [];
    }
    const wanted = normalizeMessage(expectation.message);
    const same = spellings.filter(
      (s) =>
        (expectation.status === undefined || s.status === expectation.status) &&
        (expectation.type === undefined || s.type === expectation.type.toLowerCase()),
    );
    const literal = same.filter((s) => normalizeMessage(s.message) === wanted);
    const found = literal.length > 0 ? literal : same.filter((s) => templatesMeet(s.message, expectation.message));
    return [...new Set(found.map((s) => s.id))];
  };
}

/** True when either message is a template the other one fills in. */
function templatesMeet(a: string, b: string): boolean {
  if (!a || !b) return false;
  return (hasPlaceholder(a) && templateToRegExp(a).test(b)) || (hasPlaceholder(b) && templateToRegExp(b).test(a));
}

export function runRelevance(engine: SearchEngine, queries: RelevanceQuery[], resolve?: Resolver): RelevanceOutcome[] {
  const resolver =
    resolve ??
    makeResolver(engine.data.documents.map((d) => ({...d, variants: d.variants.map((message) => ({message}))})));
  return queries.map((query) => {
    const expectedIds: string[] = [];
    const unresolved: Expectation[] = [];
    for (const expectation of query.expected) {
      const found = resolver(expectation);
      if (found.length === 0) unresolved.push(expectation);
      expectedIds.push(...found);
    }
    const response = engine.search(query.q, {limit: 10});
    const top = response.hits.map((h) => h.doc.id);
    const index = top.findIndex((id) => expectedIds.includes(id));
    return {query, expectedIds, unresolved, rank: index === -1 ? null : index + 1, exact: response.exact, top};
  });
}

/** A query not in the catalog passes when the engine does not claim an exact match. */
export function passesTop1(o: RelevanceOutcome): boolean {
  return o.query.expected.length === 0 ? !o.exact : o.rank === 1;
}

export function passesTop5(o: RelevanceOutcome): boolean {
  return o.query.expected.length === 0 ? !o.exact : o.rank !== null && o.rank <= 5;
}

export function scoreByKind(outcomes: RelevanceOutcome[]): KindScore[] {
  const kinds = [...new Set(outcomes.map((o) => o.query.kind))];
  const rows = kinds.map((kind) =>
    summarize(
      kind,
      outcomes.filter((o) => o.query.kind === kind),
    ),
  );
  const classes = [...new Set(outcomes.map((o) => o.query.class ?? 0))].filter((c) => c > 0).sort();
  for (const c of classes)
    rows.push(
      summarize(
        `class ${c}`,
        outcomes.filter((o) => o.query.class === c),
      ),
    );
  rows.push(
    summarize(
      'one right answer',
      outcomes.filter((o) => o.query.expected.length === 1),
    ),
  );
  // The same, leaving out queries whose expectations name entries the catalog does not have yet.
  rows.push(
    summarize(
      'one right answer, resolvable',
      outcomes.filter((o) => o.query.expected.length === 1 && o.unresolved.length === 0),
    ),
  );
  rows.push(
    summarize(
      'not in catalog',
      outcomes.filter((o) => o.query.expected.length === 0),
    ),
  );
  rows.push(summarize('all', outcomes));
  return rows;
}

function summarize(kind: string, outcomes: RelevanceOutcome[]): KindScore {
  return {
    kind,
    count: outcomes.length,
    top1: outcomes.length ? outcomes.filter(passesTop1).length / outcomes.length : 0,
    top5: outcomes.length ? outcomes.filter(passesTop5).length / outcomes.length : 0,
  };
}

/** How alike two queries must be, in shared character pairs, to count as one query reworded by a few words. */
export const NEAR_TWIN = 0.8;

export function characterPairs(text: string): Set<string> {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  const pairs = new Set<string>();
  for (let i = 0; i < t.length - 1; i++) pairs.add(t.slice(i, i + 2));
  return pairs;
}

/** Shared pairs over all pairs of the two (Jaccard). */
export function likeness(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const pair of a) if (b.has(pair)) shared += 1;
  return shared / (a.size + b.size - shared || 1);
}
