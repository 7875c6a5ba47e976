import {describe, expect, it} from 'vitest';
import {CatalogError, loadCatalog, validateCatalog} from '../../src/catalog';
import type {FeatureModule} from '../../src/catalog/types';
import {validEntry, validModule, validSource} from './helpers';

function problemsOf(modules: FeatureModule[]): string[] {
  return validateCatalog(modules).map((p) => `[${p.module}] ${p.where} ${p.field}: ${p.message}`);
}

describe('the published catalog', () => {
  it('loads (loadCatalog throws on any problem), and the validator sees breakage in the real data', () => {
    const catalog = loadCatalog();
    expect(catalog.entries.length).toBeGreaterThan(150);
    // The same check must catch a fault planted in the published modules, naming the entry.
    const [first, ...rest] = catalog.modules;
    const entry = first.entries[0];
    const broken = {...first, entries: [{...entry, summary: {...entry.summary, en: ''}}, ...first.entries.slice(1)]};
    expect(problemsOf([broken, ...rest])).toEqual([expect.stringContaining(`entry ${entry.id}`)]);
  });

  it('keeps errors that endpoints of three or more modules return in the general module', () => {
    // An error page's breadcrumb names its module: a token error is not a "chat group" error.
    const catalog = loadCatalog();
    const misplaced = catalog.entries
      .filter((entry) => catalog.moduleOfEntry.get(entry.id)?.id !== 'general')
      .filter((entry) => new Set((catalog.usesOfEntry.get(entry.id) ?? []).map((use) => use.module.id)).size >= 3)
      .map((entry) => entry.id);
    expect(misplaced).toEqual([]);
  });
});

describe('a valid module', () => {
  it('has no problems', () => {
    expect(problemsOf([validModule()])).toEqual([]);
  });

  it('accepts a partial failure inside a 200 response, and a source without a line', () => {
    const partial = validEntry({status: 200, partial: true, older: true, sources: [validSource({line: undefined})]});
    expect(problemsOf([validModule({entries: [partial]})])).toEqual([]);
  });

  it('accepts an issue thread as a source without a commit', () => {
    const issue = validSource({
      kind: 'issue',
      repo: 'example/demo',
      path: 'issues/93',
      commit: undefined,
      line: undefined,
    });
    expect(problemsOf([validModule({entries: [validEntry({sources: [issue]})]})])).toEqual([]);
  });
});

describe('broken entries are rejected with a message naming module, entry and field', () => {
  const cases: [string, FeatureModule[], RegExp][] = [
    [
      'a duplicate error id',
      [validModule(), validModule({id: 'other', endpoints: []})],
      /\[other\] entry 400-test-username-not-legal id: duplicate error id, already defined in module "test"/,
    ],
    [
      'an empty English text',
      [validModule({entries: [validEntry({fix: {zh: '只使用允许的字符。', en: ' '}})]})],
      /entry 400-test-username-not-legal fix\.en: is empty/,
    ],
    [
      'a missing Chinese text',
      [validModule({entries: [validEntry({cause: {en: 'x'} as never})]})],
      /entry 400-test-username-not-legal cause\.zh: is empty/,
    ],
    [
      'Chinese text without Chinese',
      [validModule({entries: [validEntry({summary: {zh: 'not chinese', en: 'x'}})]})],
      /summary\.zh: has no Chinese text/,
    ],
    [
      'a status that is not an error',
      [validModule({entries: [validEntry({status: 200})]})],
      /status: 200 is not an HTTP error status \(400-599\) \(mark a failure inside a 200 response with partial: true\)/,
    ],
    [
      'a partial failure with an error status',
      [validModule({entries: [validEntry({partial: true})]})],
      /entry 400-test-username-not-legal status: a partial failure comes inside a 200 response, not 400/,
    ],
    [
      'a partial failure without its reason',
      [validModule({entries: [validEntry({status: 200, partial: true, message: '', sample: undefined})]})],
      /entry 400-test-username-not-legal message: a partial failure needs the reason the response gives/,
    ],
    [
      'an every-endpoint flag that is not true',
      [validModule({entries: [validEntry({everyAppTokenEndpoint: 'yes' as never})]})],
      /entry 400-test-username-not-legal everyAppTokenEndpoint: is either true or left out/,
    ],
    [
      'a module App Token setting that is not a boolean',
      [validModule({appTokenErrors: 'no' as never})],
      /\[test\] module appTokenErrors: is true, false or left out/,
    ],
    [
      'a partial flag that is not true',
      [validModule({entries: [validEntry({partial: false as never})]})],
      /entry 400-test-username-not-legal partial: is either true or left out/,
    ],
    [
      'an older flag that is not true',
      [validModule({entries: [validEntry({older: 'yes' as never})]})],
      /entry 400-test-username-not-legal older: is either true or left out/,
    ],
    [
      'an entry without sources',
      [validModule({entries: [validEntry({sources: undefined as never})]})],
      /\[test\] entry 400-test-username-not-legal sources: is missing: say where this error is known from/,
    ],
    [
      'an empty list of sources',
      [validModule({entries: [validEntry({sources: []})]})],
      /\[test\] entry 400-test-username-not-legal sources: is missing/,
    ],
    [
      'a source of an unknown kind',
      [validModule({entries: [validEntry({sources: [validSource(), validSource({kind: 'blog' as never})]})]})],
      /\[test\] entry 400-test-username-not-legal sources\[1\]\.kind: "blog" is not one of docs-table, docs-prose/,
    ],
    [
      'a source with a malformed commit',
      [validModule({entries: [validEntry({sources: [validSource({commit: 'f5638d0'})]})]})],
      /\[test\] entry 400-test-username-not-legal sources\[0\]\.commit: "f5638d0" is not a 40-digit/,
    ],
    [
      'an issue source without a commit whose path is a file',
      [validModule({entries: [validEntry({sources: [validSource({kind: 'issue', commit: undefined})]})]})],
      /sources\[0\]\.path: "docs\/errors\.md" is not an issue thread/,
    ],
    [
      'a file source without a commit',
      [validModule({entries: [validEntry({sources: [validSource({commit: undefined})]})]})],
      /sources\[0\]\.commit: "undefined" is not a 40-digit/,
    ],
    [
      'a source with a malformed repo',
      [validModule({entries: [validEntry({sources: [validSource({repo: 'https://github.com/example/docs'})]})]})],
      /\[test\] entry 400-test-username-not-legal sources\[0\]\.repo: "https:\/\/github\.com\/example\/docs" is not owner\/name/,
    ],
    [
      'a source without a path',
      [validModule({entries: [validEntry({sources: [validSource({path: ''})]})]})],
      /sources\[0\]\.path: must be a file path inside the repository/,
    ],
    [
      'a source with a line that is not a line number',
      [validModule({entries: [validEntry({sources: [validSource({line: 0})]})]})],
      /sources\[0\]\.line: 0 is not a line number/,
    ],
    [
      'a status given as a string',
      [validModule({entries: [validEntry({status: '401' as never})]})],
      /status: "401" is not an HTTP error status/,
    ],
    [
      'a malformed id',
      [validModule({entries: [validEntry({id: 'Bad Id'})], endpoints: []})],
      /entry Bad Id id: "Bad Id" is not a lower-case kebab id/,
    ],
    [
      'a placeholder without a sample',
      [validModule({entries: [validEntry({sample: undefined})]})],
      /sample: the message has a placeholder/,
    ],
    [
      'a sample that does not fit the template',
      [validModule({entries: [validEntry({sample: 'user alice is bad'})]})],
      /sample: "user alice is bad" does not fit the template/,
    ],
    [
      'a sample that still has the placeholder',
      [validModule({entries: [validEntry({sample: 'username XXX is not legal'})]})],
      /does not fit the template/,
    ],
    [
      'variants without a note',
      [validModule({entries: [validEntry({variants: [{message: 'username [XXX] is not legal'}]})]})],
      /note: an entry that merges upstream variants must say why/,
    ],
    [
      'no situations',
      [validModule({entries: [validEntry({situations: undefined})]})],
      /situations: is missing: give 2 to 5 sentences in both languages/,
    ],
    [
      'a single situation',
      [
        validModule({
          entries: [
            validEntry({situations: [{zh: '用中文昵称注册用户。', en: 'A Chinese nickname as the username.'}]}),
          ],
        }),
      ],
      /situations: has 1; give 2 to 5/,
    ],
    [
      'a situation without its English',
      [
        validModule({
          entries: [
            validEntry({
              situations: [
                {zh: '用中文昵称注册用户。', en: ''},
                {zh: '用户名里带了空格。', en: 'A space in the username.'},
              ],
            }),
          ],
        }),
      ],
      /situations\[0\]\.en: is empty/,
    ],
    [
      'an unknown related id',
      [validModule({entries: [validEntry({related: ['no-such-error']})]})],
      /related: unknown error id "no-such-error"/,
    ],
    [
      'an unknown entry section',
      [validModule({entries: [validEntry({section: 'nowhere'})]})],
      /section: unknown section "nowhere"/,
    ],
    [
      'the same signature twice',
      [validModule({entries: [validEntry(), validEntry({id: 'copy'})]})],
      /entry copy message: same status, type and message as entry "400-test-username-not-legal"/,
    ],
  ];
  for (const [name, modules, expected] of cases) {
    it(`rejects ${name}`, () => {
      expect(problemsOf(modules).join('\n')).toMatch(expected);
    });
  }
});

describe('broken endpoints are rejected', () => {
  const endpoint = validModule().endpoints[0];
  const cases: [string, Partial<typeof endpoint>, RegExp][] = [
    [
      'an unknown error id',
      {errors: [{error: 'missing-error'}]},
      /endpoint test\.register errors: unknown error id "missing-error"/,
    ],
    [
      'an error listed twice',
      {errors: [{error: '400-test-username-not-legal'}, {error: '400-test-username-not-legal'}]},
      /lists "400-test-username-not-legal" twice/,
    ],
    [
      'an id outside the module',
      {id: 'other.register'},
      /endpoint other\.register id: must look like "test\.kebab-name"/,
    ],
    ['an unknown method', {method: 'FETCH' as never}, /method: "FETCH" is not an HTTP method/],
    ['a relative path', {path: 'users'}, /path: must start with "\/"/],
    ['an App Token setting that is not a boolean', {appTokenErrors: 0 as never}, /appTokenErrors: is true, false/],
    ['an unknown section', {section: 'nowhere'}, /section: unknown section "nowhere"/],
    ['an empty title', {title: {zh: '注册用户', en: ''}}, /title\.en: is empty/],
    [
      'an empty note on an error',
      {errors: [{error: '400-test-username-not-legal', note: {zh: '', en: 'x'}}]},
      /errors\[400-test-username-not-legal\]\.note\.zh: is empty/,
    ],
  ];
  for (const [name, change, expected] of cases) {
    it(`rejects ${name}`, () => {
      expect(problemsOf([validModule({endpoints: [{...endpoint, ...change}]})]).join('\n')).toMatch(expected);
    });
  }

  it('rejects two endpoints with the same id', () => {
    expect(problemsOf([validModule({endpoints: [endpoint, endpoint]})]).join('\n')).toMatch(/duplicate endpoint id/);
  });
});

describe('loadCatalog', () => {
  it('throws a CatalogError listing every problem', () => {
    const broken = validModule({entries: [validEntry({fix: {zh: '', en: ''}})]});
    expect(() => loadCatalog([broken])).toThrow(CatalogError);
    expect(() => loadCatalog([broken])).toThrow(
      /\[test\] entry 400-test-username-not-legal, field "fix\.zh": is empty/,
    );
    expect(() => loadCatalog([broken])).toThrow(/field "fix\.en": is empty/);
  });

  it('indexes entries, owners and the endpoints that use them', () => {
    const catalog = loadCatalog([validModule()]);
    expect(catalog.entryById.get('400-test-username-not-legal')?.status).toBe(400);
    expect(catalog.moduleOfEntry.get('400-test-username-not-legal')?.id).toBe('test');
    expect(catalog.usesOfEntry.get('400-test-username-not-legal')?.map((u) => u.endpoint.id)).toEqual([
      'test.register',
    ]);
  });
});

describe('module registry', () => {
  it('publishes every module file in src/catalog/modules', async () => {
    const {readdirSync} = await import('node:fs');
    const path = await import('node:path');
    const files = readdirSync(path.resolve(__dirname, '../../src/catalog/modules')).filter((f) => f !== 'index.ts');
    expect(
      loadCatalog()
        .modules.map((m) => `${m.id}.ts`)
        .sort(),
    ).toEqual(files.sort());
  });
});
