/**
 * Questions known to be about an entry are searched with it: the next question told in the same everyday words finds
 * it. They come from the relevance sets the search is tuned on, never from those it is evaluated on, and stay current.
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {indexCatalog, loadCatalog} from '../../src/catalog';
import {buildSearchData} from '../../src/search/documents';
import {SearchEngine} from '../../src/search/engine';
import {publishedKnownQuestions} from '../../src/search/known-questions';
import type {RelevanceQuery} from '../../src/search/relevance';
import {collectKnownQuestions, EVALUATION_SETS, TUNING_SETS} from '../../scripts/lib/known-questions';
import {validEntry, validModule} from './helpers';

const catalog = loadCatalog();

/** Two look-alike entries of one status; only the second has a known question. */
const wiped = validEntry({
  id: '404-test-group-not-found',
  status: 404,
  type: 'resource_not_found',
  message: 'group not found',
  sample: undefined,
  summary: {zh: '群组不存在。', en: 'The group does not exist.'},
  cause: {zh: '请求的群组 ID 没有对应的群组。', en: 'No group has the group ID of the request.'},
  situations: [],
});
const missingUser = validEntry({
  id: '404-test-user-not-found',
  status: 404,
  type: 'resource_not_found',
  message: 'user not found',
  sample: undefined,
  summary: {zh: '用户不存在。', en: 'The user does not exist.'},
  cause: {zh: '请求的用户 ID 没有对应的用户。', en: 'No user has the user ID of the request.'},
  situations: [],
});
const lookAlikes = indexCatalog([validModule({entries: [missingUser, wiped], endpoints: []})]);
const question = 'Our nightly housekeeping job purged the team channel 20331 and now it returns 404';

describe('known questions', () => {
  it('are those of the tuning sets as they are today (run `npm run known-questions` after changing them)', () => {
    expect(publishedKnownQuestions).toEqual(collectKnownQuestions(catalog));
  });

  it('never come from an evaluation set', () => {
    expect(EVALUATION_SETS.length).toBeGreaterThanOrEqual(6);
    expect(TUNING_SETS.filter((file) => EVALUATION_SETS.includes(file))).toEqual([]);
    const known = new Set(Object.values(publishedKnownQuestions).flat());
    for (const file of EVALUATION_SETS) {
      const queries: RelevanceQuery[] = JSON.parse(readFileSync(file, 'utf8'));
      expect(queries.filter((q) => known.has(q.q.trim())).map((q) => q.q)).toEqual([]);
    }
  });

  it('find their entry for the next question told in the same words, where the catalog’s words do not reach', () => {
    const ask = 'housekeeping purged the channel, 404';
    const without = new SearchEngine(buildSearchData(lookAlikes));
    const withQuestions = new SearchEngine(buildSearchData(lookAlikes, {[wiped.id]: [question]}));
    // Without them, nothing but the status tells the two apart.
    const [first, second] = without.search(ask).hits;
    expect(first.score).toBe(second.score);
    const [found, other] = withQuestions.search(ask).hits;
    expect(found.doc.id).toBe(wiped.id);
    expect(found.score).toBeGreaterThan(other.score);
  });

  it('add no value of the question (a status, an id) and no word the entry already has', () => {
    const data = buildSearchData(lookAlikes, {[wiped.id]: [question, 'the group was purged']});
    const doc = data.documents.find((d) => d.id === wiped.id)!;
    const words = doc.secondaryTerms.split(' ');
    const asked = words.slice(words.length - doc.questionTerms);
    expect(asked).toEqual(expect.arrayContaining(['housekeeping', 'purged', 'channel']));
    expect(asked.filter((w) => /\d/.test(w))).toEqual([]);
    expect(asked).not.toContain('group');
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('fail the build when they name an entry the catalog does not have, naming it', () => {
    expect(() => buildSearchData(lookAlikes, {'404-test-renamed-entry': [question]})).toThrow(/404-test-renamed-entry/);
  });

  it('cover most entries of the published catalog', () => {
    const entries = Object.keys(publishedKnownQuestions).length;
    expect(entries / catalog.entries.length).toBeGreaterThan(0.9);
  });
});
