/**
 * The engine never throws and always answers in shape, whatever it is fed.
 * (The 100,000-query run with timings is `npm run bench:robustness`.)
 */
import {describe, expect, it} from 'vitest';
import {loadCatalog} from '../../src/catalog';
import {buildSearchData} from '../../src/search/documents';
import {publishedKnownQuestions} from '../../src/search/known-questions';
import {SearchEngine, type SearchResponse} from '../../src/search/engine';
import {MAX_QUERY_LENGTH} from '../../src/search/query';
import {hostileQuery, randomSource} from '../../scripts/lib/hostile-queries';

const engine = new SearchEngine(buildSearchData(loadCatalog(), publishedKnownQuestions));

const ids = new Set(engine.data.documents.map((d) => d.id));

/** What every answer must be, whatever the input: catalog entries, best first, at most the limit. */
function expectSound(response: SearchResponse, limit = 10): void {
  expect(response.hits.length).toBeLessThanOrEqual(limit);
  for (const hit of response.hits) expect(ids.has(hit.doc.id), hit.doc.id).toBe(true);
  const scores = response.hits.map((hit) => hit.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect(response.query.input.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
}

describe('search robustness', () => {
  it('answers 3,000 generated hostile queries with catalog entries, best first', {timeout: 120_000}, () => {
    const random = randomSource(20261128);
    for (let i = 0; i < 3000; i++) expectSound(engine.search(hostileQuery(random, 100_000)));
    // About 2 s alone; a machine busy with other work needs more. The timings are bench:robustness's to check.
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['an object', {q: 'x'}],
    ['empty', ''],
    ['only spaces', '   \n\t  '],
  ])('answers %s with nothing', (_, q) => {
    const response = engine.search(q);
    expect(response.hits).toEqual([]);
    expect(response.exact).toBe(false);
  });

  it.each([
    ['deep JSON', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['regex bait', `${'a'.repeat(5000)}!`],
    ['a lone surrogate', '\ud800 grpID'],
  ])('answers %s soundly, with no exact match', (_, q) => {
    const response = engine.search(q);
    expectSound(response);
    expect(response.exact).toBe(false);
  });

  it('returns no exact match for markup, and the markup stays a plain string', () => {
    const response = engine.search('<script>alert("x")</script>');
    expect(response.exact).toBe(false);
    expect(response.query.text).toContain('<script>');
  });
});
