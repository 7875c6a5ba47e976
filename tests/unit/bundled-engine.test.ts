/**
 * The bench measures the engine bundled as the site ships it (scripts/lib/bundled-engine.ts): its figures are the
 * source's only if it answers every query exactly as the source does.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {bundledSearchEngine} from '../../scripts/lib/bundled-engine';
import {loadCatalog} from '../../src/catalog';
import {buildSearchData} from '../../src/search/documents';
import {publishedKnownQuestions} from '../../src/search/known-questions';
import {SearchEngine} from '../../src/search/engine';
import type {RelevanceQuery} from '../../src/search/relevance';

const data = buildSearchData(loadCatalog(), publishedKnownQuestions);
const tuning: RelevanceQuery[] = JSON.parse(readFileSync(path.resolve(__dirname, '../relevance/queries.json'), 'utf8'));

/** What a user sees of a response: the entries in order, their scores, match kinds and endpoints. */
function answer(engine: SearchEngine, q: string): unknown {
  const r = engine.search(q);
  return [r.exact, r.endpoint?.id, r.hits.map((h) => [h.doc.id, h.score, h.match, h.endpoint])];
}

describe('the bundled search engine the bench measures', () => {
  it('answers every query of the tuning set exactly as the source does', () => {
    const source = new SearchEngine(data);
    const Bundled = bundledSearchEngine();
    const bundled = new Bundled(data);
    const queries = [...tuning.map((q) => q.q), '', '<script>x</script>', '{"error":', 'x'.repeat(9_000)];
    const differing = queries.filter((q) => JSON.stringify(answer(bundled, q)) !== JSON.stringify(answer(source, q)));
    expect(differing).toEqual([]);
  }, 60_000);
});
