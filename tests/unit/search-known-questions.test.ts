/**
 * Questions known to be about an entry are searched with it: the next question told in the same everyday words finds
 * it. They come from the relevance sets the search is tuned on, never from those it is evaluated on, and stay current.
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {indexCatalog, loadCatalog} from '../../src/catalog';
import {buildSearchData} from '../../src/search/documents';
import {SearchEngine} from '../../src/search/engine';
import {withoutSentClause} from '../../src/search/fields';
import {publishedKnownQuestions} from '../../src/search/known-questions';
import type {RelevanceQuery} from '../../src/search/relevance';
import {collectKnownQuestions} from '../../scripts/lib/known-questions';
import {EVALUATION_SETS, LEARNT_SETS, TUNING_SETS} from '../../scripts/lib/search-figures';
import {validEntry, validModule} from './helpers';

const catalog = loadCatalog();

/** A 404 entry saying a thing is not found, in both languages. */
function notFound(thing: {en: string; zh: string}) {
  return validEntry({
    id: `404-test-${thing.en}-not-found`,
    status: 404,
    type: 'resource_not_found',
    message: `${thing.en} not found`,
    sample: undefined,
    summary: {zh: `${thing.zh}不存在。`, en: `The ${thing.en} does not exist.`},
    cause: {
      zh: `请求的${thing.zh} ID 没有对应的${thing.zh}。`,
      en: `No ${thing.en} has the ${thing.en} ID of the request.`,
    },
    situations: [],
  });
}

/** Two look-alike entries of one status; only the group's has known questions. */
const wiped = notFound({en: 'group', zh: '群组'});
const missingUser = notFound({en: 'user', zh: '用户'});
const lookAlikes = indexCatalog([validModule({entries: [missingUser, wiped], endpoints: []})]);
/** Told four ways by four askers: a word of fewer than four questions is too rare to be searched. */
const questions = [
  'Our nightly housekeeping job purged the team channel 20331 and now it returns 404',
  'after housekeeping purged the channel, reading it gives 404',
  'housekeeping purged a channel by mistake? 404 on it since yesterday',
  'the housekeeping script purged our channel, 404 now',
];

describe('known questions', () => {
  it('are those of the sets learnt from as they are today (run `npm run known-questions` after changing them)', () => {
    expect(publishedKnownQuestions).toEqual(collectKnownQuestions(catalog));
  });

  it('never come from an evaluation set', () => {
    expect(EVALUATION_SETS.length).toBeGreaterThanOrEqual(6);
    expect(LEARNT_SETS.filter((file) => EVALUATION_SETS.includes(file))).toEqual([]);
    expect(LEARNT_SETS.every((file) => TUNING_SETS.includes(file))).toBe(true);
    const known = new Set(Object.values(publishedKnownQuestions).flat());
    for (const file of EVALUATION_SETS) {
      const queries: RelevanceQuery[] = JSON.parse(readFileSync(file, 'utf8'));
      expect(queries.filter((q) => known.has(q.q.trim())).map((q) => q.q)).toEqual([]);
    }
  });

  it('find their entry for the next question told in the same words, where the catalog’s words do not reach', () => {
    const ask = 'housekeeping purged the channel, 404';
    const without = new SearchEngine(buildSearchData(lookAlikes));
    const withQuestions = new SearchEngine(buildSearchData(lookAlikes, {[wiped.id]: questions}));
    // Without them, nothing but the status tells the two apart.
    const [first, second] = without.search(ask).hits;
    expect(first.score).toBe(second.score);
    const [found, other] = withQuestions.search(ask).hits;
    expect(found.doc.id).toBe(wiped.id);
    expect(found.score).toBeGreaterThan(other.score);
  });

  it('add no value of the question (a status, an id), no rare word and no word the entry already has', () => {
    const data = buildSearchData(lookAlikes, {[wiped.id]: [...questions, 'the group 20331 was purged']});
    const doc = data.documents.find((d) => d.id === wiped.id)!;
    const words = doc.secondaryTerms.split(' ');
    const asked = words.slice(words.length - doc.questionTerms);
    expect(asked).toEqual(expect.arrayContaining(['housekeeping', 'purged', 'channel']));
    expect(asked.filter((w) => /\d/.test(w))).toEqual([]);
    // "yesterday" and "mistake" are in one question each: too rare; "group" is the entry's own word.
    expect(asked).not.toContain('yesterday');
    expect(asked).not.toContain('mistake');
    expect(asked).not.toContain('group');
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('fail the build when they name an entry the catalog does not have, naming it', () => {
    expect(() => buildSearchData(lookAlikes, {'404-test-renamed-entry': questions})).toThrow(/404-test-renamed-entry/);
  });

  it('cover most entries of the published catalog', () => {
    const entries = Object.keys(publishedKnownQuestions).length;
    expect(entries / catalog.entries.length).toBeGreaterThan(0.9);
  });
});

describe('what a question says was sent', () => {
  it.each([
    [
      '调删除会话接口报 400，body 里只传了 type 和 delete_roam，会话 id 没传',
      '调删除会话接口报 400，body 里，会话 id 没传',
    ],
    ['we only sent `to` and `type`, the call fails with 400', 'we , the call fails with 400'],
    ['发消息报 400 from 为空', '发消息报 400 from 为空'],
  ])('is left out of its words: %s', (question, words) => {
    expect(withoutSentClause(question)).toBe(words);
  });
});
