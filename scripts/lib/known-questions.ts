/**
 * The questions the search learns from (src/search/known-questions.ts): the Chinese and English questions of the
 * relevance sets it learns from (LEARNT_SETS) that have one right answer, filed under that entry. Never the evaluation sets: their
 * figures measure how the search does on questions it has not seen.
 */
import {readFileSync} from 'node:fs';
import type {Catalog} from '../../src/catalog';
import {errorIdRedirects} from '../../src/catalog/redirects';
import type {KnownQuestions} from '../../src/search/known-questions';
import {characterPairs, likeness, makeResolver, NEAR_TWIN, type RelevanceQuery} from '../../src/search/relevance';
import {EVALUATION_SETS, LEARNT_SETS} from './search-figures';

/** Questions told in one's own words; pastes (bodies, logs, request lines) are found by what they quote. */
const QUESTION_KINDS = new Set(['zh', 'en']);

/**
 * A question that an evaluation set also asks, in the same or nearly the same words, is left out: written apart by
 * different people, two short questions can coincide, and the evaluation's figure must stay one of unseen questions.
 */
export function collectKnownQuestions(catalog: Catalog, files: readonly string[] = LEARNT_SETS): KnownQuestions {
  const resolve = makeResolver(catalog.entries, errorIdRedirects);
  const evaluated = EVALUATION_SETS.flatMap((file) => readQueries(file).map((q) => characterPairs(q.q)));
  const byEntry = new Map<string, Set<string>>();
  for (const file of files) {
    for (const query of readQueries(file)) {
      if (!QUESTION_KINDS.has(query.kind) || query.expected.length !== 1) continue;
      const pairs = characterPairs(query.q);
      if (evaluated.some((other) => likeness(pairs, other) >= NEAR_TWIN)) continue;
      const ids = resolve(query.expected[0]);
      if (ids.length !== 1) continue;
      const questions = byEntry.get(ids[0]) ?? byEntry.set(ids[0], new Set()).get(ids[0])!;
      questions.add(query.q.trim());
    }
  }
  const sorted = [...byEntry].sort(([a], [b]) => a.localeCompare(b));
  return Object.fromEntries(sorted.map(([id, questions]) => [id, [...questions]]));
}

function readQueries(file: string): RelevanceQuery[] {
  return JSON.parse(readFileSync(file, 'utf8'));
}
