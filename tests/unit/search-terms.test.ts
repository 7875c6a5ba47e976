/**
 * The search data leaves out what the engine can work out again: the words of message, type and summaries, and
 * each Chinese character that a pair of the same list holds. What the engine rebuilds must be what was left out.
 */
import {describe, expect, it} from 'vitest';
import {loadCatalog} from '../../src/catalog';
import {buildSearchData} from '../../src/search/documents';
import {publishedKnownQuestions} from '../../src/search/known-questions';
import {compactTerms, expandTerms, primaryTermsOf} from '../../src/search/terms';
import {indexTokens, queryTokens, singularOf, STOP_WORDS} from '../../src/search/text';
import {SYNONYM_WORDS} from '../../src/search/synonyms';
import {topId} from './search-helpers';

const catalog = loadCatalog();
/** Every text of the catalog an entry is searched by. */
const texts = catalog.entries.flatMap((e) => [
  e.message,
  e.summary.zh,
  e.cause.zh,
  e.fix.zh,
  e.cause.en,
  ...e.situations.flatMap((s) => [s.zh, s.en]),
]);

describe('compact search terms', () => {
  it.each([
    ['用户名不合法', ['用户名不合法']],
    ['群 的', ['群']],
    ['token 过期了', ['token', '过期了']],
    // A singular comes back from its plural.
    ['group members', ['group', 'members']],
    // 群组 and 组织 both follow 群: one run takes one of them, the other pair travels alone.
    ['群组 群主 组织', ['群组织', '群主']],
  ])('%s keeps runs of pairs, lone characters and words that cannot be worked out', (text, kept) => {
    expect(compactTerms([...new Set(indexTokens(text))])).toEqual(kept);
  });

  it('gives back each pair of a run once, and no pair the text did not have', () => {
    const words = [...new Set(indexTokens('群组 群主 组织 主群'))];
    const back = expandTerms(compactTerms(words), new Set());
    expect(back.filter((t) => t.length === 2).sort()).toEqual(['主群', '组织', '群主', '群组'].sort());
  });

  it('gives back every word of every catalog text, and nothing else', () => {
    for (const text of texts) {
      const words = [...new Set(indexTokens(text))];
      expect(new Set(expandTerms(compactTerms(words), new Set())), text).toEqual(new Set(words));
    }
  });

  it('leaves out what is already known, and learns what it gives', () => {
    const seen = new Set(['用户']);
    expect(expandTerms(compactTerms(indexTokens('用户名')), seen)).toEqual(['户名', '用', '户', '名']);
    expect([...seen]).toEqual(['用户', '户名', '用', '户', '名']);
  });

  it('ships no word of message, type or summaries: the engine reads them from those fields', () => {
    for (const doc of buildSearchData(catalog, publishedKnownQuestions).documents) {
      const secondary = new Set(doc.secondaryTerms.split(' '));
      expect(primaryTermsOf(doc).filter((t) => secondary.has(t))).toEqual([]);
    }
  });
});

describe('the singular of a plural word', () => {
  it.each([
    ['members', 'member'],
    ['queries', 'query'],
    ['entries', 'entry'],
    ['properties', 'property'],
    ['ties', 'tie'],
    ['address', undefined],
    ['ids', undefined],
    ['v2s', undefined],
  ])('%s → %s', (plural, singular) => expect(singularOf(plural)).toBe(singular));

  it('lets a message quoted in the singular find its entry ("too many query")', () => {
    expect(topId('too many query')).toBe('400-too-many-queries');
  });
});

describe('filler words', () => {
  const data = buildSearchData(loadCatalog(), publishedKnownQuestions);
  const secondary = data.documents.flatMap((d) => d.secondaryTerms.split(' '));

  it('are not shipped in the search data, but for those a synonym stands for', () => {
    const filler = secondary.filter((w) => STOP_WORDS.has(w) && !SYNONYM_WORDS.has(w));
    expect([...new Set(filler)]).toEqual([]);
  });

  it.each([...STOP_WORDS].filter((w) => /^[a-z]{2,}$/.test(w)))('no query looks up "%s", nor its plural', (word) => {
    expect(queryTokens(`${word} ${word}s ${word.replace(/y$/, 'ie')}s`)).not.toContain(word);
  });
});
