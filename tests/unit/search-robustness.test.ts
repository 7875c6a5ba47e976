/**
 * The engine never throws and always answers in shape, whatever it is fed.
 * (The 100,000-query run with timings is `npm run bench:robustness`.)
 */
import {describe, expect, it} from 'vitest';
import {loadCatalog} from '../../src/catalog';
import {buildSearchData} from '../../src/search/documents';
import {SearchEngine} from '../../src/search/engine';
import {hostileQuery, randomSource} from '../../scripts/lib/hostile-queries';

const engine = new SearchEngine(buildSearchData(loadCatalog()));

describe('search robustness', () => {
  it('answers 3,000 generated hostile queries without throwing', () => {
    const random = randomSource(20261128);
    for (let i = 0; i < 3000; i++) {
      const q = hostileQuery(random, 100_000);
      const response = engine.search(q);
      expect(Array.isArray(response.hits)).toBe(true);
      expect(response.hits.length).toBeLessThanOrEqual(10);
      for (const hit of response.hits) expect(typeof hit.doc.id).toBe('string');
    }
    // About 2 s alone; a machine busy with other work needs more. The timings are bench:robustness's to check.
  }, 120_000);

  it.each([
    ['null', null],
    ['a number', 42],
    ['an object', {q: 'x'}],
    ['empty', ''],
    ['only spaces', '   \n\t  '],
    ['deep JSON', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['regex bait', `${'a'.repeat(5000)}!`],
    ['a lone surrogate', '\ud800 grpID'],
  ])('handles %s', (_, q) => {
    expect(() => engine.search(q)).not.toThrow();
  });

  it('returns no exact match for markup, and the markup stays a plain string', () => {
    const response = engine.search('<script>alert("x")</script>');
    expect(response.exact).toBe(false);
    expect(response.query.text).toContain('<script>');
  });
});
