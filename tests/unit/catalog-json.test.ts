/** catalog.json validates against its published schema and lists exactly the catalog. */
import Ajv2020 from 'ajv/dist/2020';
import {describe, expect, it} from 'vitest';
import {loadCatalog, provenanceOf} from '../../src/catalog';
import {sourceUrl} from '../../src/links';
import {buildCatalogJson, buildLlmsTxt, catalogSchema} from '../../src/plugins/error-reference/catalog-json';

// Published under a base path, as a host may do: every URL must carry it.
const ADDRESS = {siteUrl: 'https://example.test', baseUrl: '/docs/im-errors/'};
const SITE = 'https://example.test/docs/im-errors';
const catalog = loadCatalog();
const json = buildCatalogJson(catalog, ADDRESS);
const validate = new Ajv2020({allErrors: true, strict: true}).compile(catalogSchema(ADDRESS));

describe('catalog.json', () => {
  it('validates against catalog.schema.json', () => {
    const valid = validate(JSON.parse(JSON.stringify(json)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('lists every entry, module and endpoint once, with both URLs', () => {
    expect(json.entries.map((e) => e.id).sort()).toEqual(catalog.entries.map((e) => e.id).sort());
    expect(json.modules.map((m) => m.id)).toEqual(catalog.modules.map((m) => m.id));
    expect(json.modules.flatMap((m) => m.endpoints).length).toBe(
      catalog.modules.reduce((n, m) => n + m.endpoints.length, 0),
    );
    const entry = json.entries.find((e) => e.id === 'http-429')!;
    expect(entry.url).toEqual({zh: `${SITE}/errors/http-429`, en: `${SITE}/en/errors/http-429`});
    expect(json.site).toBe(SITE);
    expect(json.$schema).toBe(`${SITE}/catalog.schema.json`);
    expect(json.modules.find((m) => m.id === 'groups')!.endpoints[0].url.en).toMatch(
      new RegExp(`^${SITE}/en/modules/groups#groups\\.`),
    );
  });

  it('is rejected by the schema when an entry is broken', () => {
    const broken = JSON.parse(JSON.stringify(json));
    // A 200 is right only for a partial failure.
    const error = json.entries.findIndex((e) => !e.partial);
    broken.entries[error].status = 200;
    delete broken.entries[error + 1].fix;
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining([`/entries/${error}/status`, `/entries/${error + 1}`]),
    );
  });
});

describe('catalog.json provenance', () => {
  const clone = () => JSON.parse(JSON.stringify(json));

  it('gives every entry its sources with their public addresses, and whether it is documented', () => {
    for (const entry of json.entries) {
      const original = catalog.entryById.get(entry.id)!;
      expect(entry.sources.map(({url: _url, ...source}) => source)).toEqual(original.sources);
      expect(entry.provenance).toBe(provenanceOf(original));
      for (const source of entry.sources) expect(source.url).toBe(sourceUrl(source));
    }
    const http400 = json.entries.find((e) => e.id === 'http-400')!;
    expect(http400.provenance).toBe('documented');
    expect(http400.sources[0].url).toMatch(
      /^https:\/\/github\.com\/haoxiuwen\/shengwang-chat-doc\/blob\/[0-9a-f]{40}\//,
    );
  });

  it('accepts a partial failure with status 200 and rejects one with an error status', () => {
    const partial = clone();
    Object.assign(partial.entries[0], {status: 200, partial: true});
    expect(validate(partial), JSON.stringify(validate.errors)).toBe(true);
    const wrong = clone();
    Object.assign(wrong.entries[0], {status: 404, partial: true});
    expect(validate(wrong)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toContain('/entries/0/status');
  });

  it('rejects an entry without sources, or with an unknown kind or a short commit', () => {
    const broken = clone();
    broken.entries[0].sources = [];
    broken.entries[1].sources[0].kind = 'blog';
    broken.entries[2].sources[0].commit = 'f5638d0';
    delete broken.entries[3].provenance;
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining([
        '/entries/0/sources',
        '/entries/1/sources/0/kind',
        '/entries/2/sources/0/commit',
        '/entries/3',
      ]),
    );
  });
});

describe('llms.txt', () => {
  it('names the catalog file and links every module and error in English', () => {
    const text = buildLlmsTxt(catalog, ADDRESS);
    expect(text.startsWith('# IM REST API Error Reference')).toBe(true);
    expect(text).toContain(`${SITE}/catalog.json`);
    for (const m of catalog.modules) expect(text).toContain(`${SITE}/en/modules/${m.id}`);
    for (const e of catalog.entries) expect(text).toContain(`${SITE}/en/errors/${e.id})`);
  });
});
