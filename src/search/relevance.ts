/**
 * Scores the engine on the committed relevance set: for each query, whether
 * an expected entry is first (top-1) or among the first five (top-5); for a
 * query not in the catalog, whether the engine said "no exact match".
 * Used by the unit test (thresholds) and the benchmark (the table).
 */
import type {SearchEngine} from './engine';

export interface RelevanceQuery {
  kind: string;
  q: string;
  expected: string[];
  note?: string;
}

export interface RelevanceOutcome {
  query: RelevanceQuery;
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

export function runRelevance(engine: SearchEngine, queries: RelevanceQuery[]): RelevanceOutcome[] {
  return queries.map((query) => {
    const response = engine.search(query.q, {limit: 10});
    const top = response.hits.map((h) => h.doc.id);
    const index = top.findIndex((id) => query.expected.includes(id));
    return {query, rank: index === -1 ? null : index + 1, exact: response.exact, top};
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
  rows.push(
    summarize(
      'one right answer',
      outcomes.filter((o) => o.query.expected.length === 1),
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
    top1: outcomes.filter(passesTop1).length / outcomes.length,
    top5: outcomes.filter(passesTop5).length / outcomes.length,
  };
}
