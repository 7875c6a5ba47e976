/** The relevance sets' expectations: ids and signatures resolve to entries, or are reported as unresolved. */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadCatalog} from '../../src/catalog';
import {characterPairs, likeness, makeResolver, NEAR_TWIN, type RelevanceQuery} from '../../src/search/relevance';
import {EVALUATION_SETS as EVALUATION_FILES, TUNING_SETS as TUNING_FILES} from '../../scripts/lib/search-figures';

const entries = [
  {id: 'a', status: 404, type: 'resource_not_found', message: 'grpID XX does not exist!'},
  {id: 'b', status: 404, type: 'RestGroupFeignException', message: 'grpID XX does not exist!'},
  {id: 'c', status: 400, type: 'invalid_parameter', message: 'XX must be provided'},
  {id: 'd', status: 400, type: 'illegal_argument', message: 'file must be provided.'},
  {
    id: 'e',
    status: 400,
    type: 'message_send_error',
    message: 'message is too large',
    variants: [{type: 'illegal_argument'}],
  },
];
const resolve = makeResolver(entries, {old: 'd'});

describe('resolving expectations', () => {
  it('follows renamed ids and reports unknown ones as unresolved', () => {
    expect(resolve('a')).toEqual(['a']);
    expect(resolve('old')).toEqual(['d']);
    expect(resolve('missing')).toEqual([]);
  });

  it('matches a signature by status, type and message, ignoring case, spacing and trailing punctuation', () => {
    expect(resolve({status: 404, type: 'RESOURCE_NOT_FOUND', message: 'grpID  XX does not exist'})).toEqual(['a']);
    expect(resolve({status: 404, message: 'grpID XX does not exist!'})).toEqual(['a', 'b']);
    expect(resolve({status: 403, type: 'resource_not_found', message: 'grpID XX does not exist!'})).toEqual([]);
  });

  it('prefers a literal message to a template that would also match it', () => {
    expect(resolve({status: 400, message: 'file must be provided.'})).toEqual(['d']);
    expect(resolve({status: 400, message: 'owner must be provided'})).toEqual(['c']);
  });

  it('accepts a real value where the catalog has a placeholder, and a placeholder where it has a value', () => {
    expect(resolve({type: 'resource_not_found', message: 'grpID 42 does not exist!'})).toEqual(['a']);
    expect(resolve({status: 400, type: 'illegal_argument', message: 'XXX must be provided.'})).toEqual(['d']);
  });

  it('matches the status and type a variant records', () => {
    expect(resolve({status: 400, type: 'illegal_argument', message: 'message is too large'})).toEqual(['e']);
  });
});

/** A relevance set of tests/relevance by file name. */
function readSet(file: string): RelevanceQuery[] {
  return JSON.parse(readFileSync(path.resolve(__dirname, '../relevance', file), 'utf8'));
}

/** The expectations of a set that name no entry of the catalog as it is today (a typo, an entry gone). */
function unresolvedIn(queries: RelevanceQuery[]): RelevanceQuery['expected'] {
  const resolveReal = makeResolver(loadCatalog().entries);
  return queries.flatMap((q) => q.expected).filter((e) => resolveReal(e).length === 0);
}

const han = /\p{Script=Han}/u;

describe('the evaluation set', () => {
  const queries = readSet('evaluation.json');

  it('has the queries it promises', () => {
    const located = /\b(GET|POST|PUT|DELETE)\s|https?:\/\/|^\d{4}-\d\d-\d\d|\bcurl\b|\bstatus(_code)?=|HTTP\/1\.1/;
    expect(queries.length).toBeGreaterThanOrEqual(150);
    expect(queries.filter((q) => han.test(q.q)).length).toBeGreaterThanOrEqual(60);
    expect(queries.filter((q) => located.test(q.q)).length).toBeGreaterThanOrEqual(40);
    expect(queries.filter((q) => q.kind === 'beyond').length).toBeGreaterThanOrEqual(20);
    for (const c of [1, 2, 4, 5, 6]) expect(queries.filter((q) => q.class === c).length).toBeGreaterThanOrEqual(10);
  });

  it('names only entries of the catalog as it is today', () => {
    expect(unresolvedIn(queries)).toEqual([]);
  });
});

describe('the second evaluation set', () => {
  const queries = readSet('evaluation-2.json');

  it('has the queries it promises', () => {
    const pasted = queries.filter((q) => ['log', 'request', 'message', 'beyond'].includes(q.kind));
    expect(queries.length).toBeGreaterThanOrEqual(120);
    expect(queries.filter((q) => han.test(q.q)).length).toBeGreaterThanOrEqual(50);
    expect(pasted.length).toBeGreaterThanOrEqual(30);
    expect(queries.filter((q) => q.expected.length === 0).length).toBeGreaterThanOrEqual(5);
  });

  it('names only entries of the catalog as it is today', () => {
    expect(unresolvedIn(queries)).toEqual([]);
  });
});

describe.each([
  'evaluation-3.json',
  'evaluation-4.json',
  'evaluation-5.json',
  'evaluation-6.json',
  'evaluation-7.json',
])('the evaluation set %s', (file) => {
  const queries = readSet(file);
  const catalog = loadCatalog().entries;
  // Entries known from real responses the upstream tables miss: none of their sources is a documentation table.
  const beyondTables = new Set(catalog.filter((e) => !e.sources.some((s) => s.kind === 'docs-table')).map((e) => e.id));

  it('has the queries it promises', () => {
    const located = /\b(GET|POST|PUT|DELETE|PATCH)\s|https?:\/\/|^\d{4}-\d\d-\d\d|\bcurl\b|HTTP\/1\.1/m;
    expect(queries.length).toBeGreaterThanOrEqual(150);
    expect(queries.filter((q) => han.test(q.q)).length).toBeGreaterThanOrEqual(60);
    expect(queries.filter((q) => located.test(q.q)).length).toBeGreaterThanOrEqual(40);
    expect(
      queries.filter((q) => q.expected.some((x) => typeof x === 'string' && beyondTables.has(x))).length,
    ).toBeGreaterThanOrEqual(20);
  });

  it('names only entries of the catalog as it is today', () => {
    expect(unresolvedIn(queries)).toEqual([]);
  });
});

/** The sets only ever checked, never tuned on, and the batches to tune on: as the bench and the known questions read them. */
const EVALUATION_SETS = EVALUATION_FILES.map((file) => path.basename(file));
const BATCHES = TUNING_FILES.map((file) => path.basename(file)).filter((file) => file !== 'queries.json');

describe('the relevance sets', () => {
  it('are every set of tests/relevance, each scored as tuning or as evaluation', () => {
    const files = readdirSync(path.resolve(__dirname, '../relevance')).filter((f) =>
      /^(queries|evaluation).*\.json$/.test(f),
    );
    expect(['queries.json', ...BATCHES, ...EVALUATION_SETS].sort()).toEqual(files.sort());
    expect(EVALUATION_SETS).toHaveLength(7);
    expect(BATCHES).toHaveLength(11);
  });
});

describe.each(BATCHES)('the batch to tune on %s', (file) => {
  const queries = readSet(file);

  it('names only entries of the catalog as it is today', () => {
    expect(unresolvedIn(queries)).toEqual([]);
  });

  it('repeats no query of the tuning sets', () => {
    const others = ['queries.json', ...BATCHES].filter((f) => f !== file);
    const known = new Set(others.flatMap((f) => readSet(f)).map((q) => q.q.trim().toLowerCase()));
    expect(queries.filter((q) => known.has(q.q.trim().toLowerCase())).map((q) => q.q)).toEqual([]);
  });

  // Tuning on a query an evaluation set holds, or nearly holds, would let that set measure its own tuning.
  it('holds no query of an evaluation set, nor one nearly the same', () => {
    const held = EVALUATION_SETS.flatMap((f) => readSet(f).map((q) => characterPairs(q.q)));
    const twins = queries.filter((q) => held.some((pairs) => likeness(characterPairs(q.q), pairs) >= NEAR_TWIN));
    expect(twins.length, 'queries of this batch that an evaluation set nearly holds').toBe(0);
  });
});
