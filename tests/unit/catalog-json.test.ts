/** catalog.json validates against its published schema and lists exactly the catalog. */
import Ajv2020 from 'ajv/dist/2020';
import {describe, expect, it} from 'vitest';
import {loadCatalog} from '../../src/catalog';
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
    broken.entries[0].status = 200;
    delete broken.entries[1].fix;
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/entries/0/status', '/entries/1']),
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
