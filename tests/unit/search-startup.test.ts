/**
 * What the engine works out once at start-up, and what it works out when a query first needs it: either way a
 * query gets the same answer.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadCatalog} from '../../src/catalog';
import {buildSearchData, type SearchData, type SearchDocument} from '../../src/search/documents';
import {publishedKnownQuestions} from '../../src/search/known-questions';
import {SearchEngine, type SearchResponse} from '../../src/search/engine';
import {compileMatcher} from '../../src/search/templates';

function entry(id: string, fields: Partial<SearchDocument>): SearchDocument {
  return {
    id,
    status: 400,
    type: 'illegal_argument',
    message: '',
    variants: [],
    module: 'users',
    summary: {zh: '', en: ''},
    secondaryTerms: '',
    situationTerms: 0,
    questionTerms: 0,
    endpoints: [],
    provenance: 'documented',
    ...fields,
  };
}

/** Two entries returned by one endpoint, each with words of its own in its cause. */
const data: SearchData = {
  version: 1,
  documents: [
    entry('400-a', {
      message: 'username is not legal',
      summary: {zh: '用户名不合法', en: 'The username is not legal'},
      secondaryTerms: 'uppercase 大写',
      endpoints: [0],
    }),
    entry('400-b', {
      message: 'password is too short',
      summary: {zh: '密码太短', en: 'The password is too short'},
      secondaryTerms: 'eight characters',
      endpoints: [0],
    }),
  ],
  endpoints: [
    {id: 'register', method: 'POST', path: '/{org}/{app}/users', title: {zh: '注册用户', en: 'Register a user'}},
  ],
  modules: [{id: 'users', title: {zh: '用户', en: 'Users'}}],
};

const ids = (r: SearchResponse) => r.hits.map((h) => h.doc.id);

describe('the words an entry is found by', () => {
  const engine = new SearchEngine(data);

  it('include the words of its cause, Latin and Chinese', () => {
    expect(ids(engine.search('uppercase'))).toEqual(['400-a']);
    expect(ids(engine.search('大写'))).toEqual(['400-a']);
    expect(ids(engine.search('eight characters'))).toEqual(['400-b']);
  });

  it('include the words of the endpoints that return it, read once for all the entries an endpoint returns', () => {
    expect(ids(engine.search('register')).sort()).toEqual(['400-a', '400-b']);
    expect(ids(engine.search('注册')).sort()).toEqual(['400-a', '400-b']);
  });
});

describe('a template', () => {
  it('compiles its expressions once, when first tested, and they match as before', () => {
    const m = compileMatcher('grpID XX does not exist!', 'grpID 42 does not exist!');
    expect(m.anchor).toBe('does not exist');
    expect(m.anchored).toBe(m.anchored);
    expect(m.loose).toBe(m.loose);
    expect(m.anchored.test('grpID 1928374650 does not exist!')).toBe(true);
    expect(m.anchored.test('grpID my group does not exist!')).toBe(false);
    expect(m.loose.test('error: grpID 7 does not exist! (request 12)')).toBe(true);
  });
});

describe('what the engine works out when a query first needs it', () => {
  const catalogData = buildSearchData(loadCatalog(), publishedKnownQuestions);
  const queries: {q: string}[] = JSON.parse(
    readFileSync(path.join(__dirname, '../relevance/queries.json'), 'utf8'),
  ).slice(0, 200);

  it('gives the same answers whichever query comes first', () => {
    const forward = new SearchEngine(catalogData);
    const backward = new SearchEngine(catalogData);
    const answers = queries.map((q) => forward.search(q.q));
    const reversed = [...queries].reverse().map((q) => backward.search(q.q));
    expect(reversed.reverse()).toEqual(answers);
  });
});
