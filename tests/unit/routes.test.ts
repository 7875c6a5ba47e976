import {describe, expect, it} from 'vitest';
import {loadCatalog} from '../../src/catalog';
import {errorIdRedirects} from '../../src/catalog/redirects';
import {buildAllRoutes} from '../../src/plugins/error-reference/routes';
import {
  buildErrorPageData,
  buildModuleCards,
  buildModulePageData,
  exampleResponse,
} from '../../src/plugins/error-reference/page-data';
import {validEntry} from './helpers';

const catalog = loadCatalog();

describe('generated routes', () => {
  const routes = buildAllRoutes(catalog, 'zh');
  const paths = routes.map((r) => r.path);

  it('has one page per error, per module, per renamed error id, plus home, catalog and module list', () => {
    for (const entry of catalog.entries) expect(paths).toContain(`/errors/${entry.id}`);
    for (const mod of catalog.modules) expect(paths).toContain(`/modules/${mod.id}`);
    for (const old of Object.keys(errorIdRedirects)) expect(paths).toContain(`/errors/${old}`);
    expect(paths).toEqual(expect.arrayContaining(['/', '/errors', '/modules']));
    const redirects = Object.keys(errorIdRedirects).length;
    expect(routes).toHaveLength(catalog.entries.length + catalog.modules.length + redirects + 3);
  });

  it('never gives two routes the same path or data file', () => {
    expect(new Set(paths).size).toBe(paths.length);
    expect(new Set(routes.map((r) => r.dataName)).size).toBe(routes.length);
  });

  it('resolves page data to the requested language', () => {
    const entry = catalog.entryById.get('http-429')!;
    expect(buildErrorPageData(catalog, entry, 'en').entry.summary).toBe(entry.summary.en);
    expect(buildErrorPageData(catalog, entry, 'zh').entry.cause).toBe(entry.cause.zh);
  });
});

describe('the errors of a module', () => {
  const cards = buildModuleCards(catalog, 'en');

  it.each(catalog.modules.map((m) => m.id))('%s: its card and its page count the errors the page shows', (id) => {
    const page = buildModulePageData(
      catalog,
      catalog.modules.find((m) => m.id === id)!,
      'en',
    );
    // Error responses in the sections, and failures reported inside a 200 response in their own section.
    const shown = new Set([
      ...page.sections.flatMap((s) => [
        ...s.entries.map((e) => e.id),
        ...s.endpoints.flatMap((ep) => ep.errors.map((e) => e.id)),
      ]),
      ...page.partialFailures.map((row) => row.id),
    ]);
    expect(page.entryCount).toBe(shown.size);
    expect(cards.find((c) => c.id === id)!.entryCount).toBe(shown.size);
  });

  it('counts the errors a module only references (callbacks owns none, its endpoints return some)', () => {
    const callbacks = cards.find((c) => c.id === 'callbacks')!;
    expect(catalog.modules.find((m) => m.id === 'callbacks')!.entries).toHaveLength(0);
    expect(callbacks.entryCount).toBeGreaterThan(0);
  });
});

describe('redirects', () => {
  it('gives a renamed error id a page that forwards to the current entry', () => {
    const routes = buildAllRoutes(catalog, 'en', {'401-old-token-id': 'http-401'});
    const alias = routes.find((r) => r.path === '/errors/401-old-token-id');
    expect(alias).toMatchObject({component: '@site/src/components/RedirectPage', data: {to: '/errors/http-401'}});
  });
});

describe('example response', () => {
  it('fills placeholders with the sample and prints a status line', () => {
    const text = exampleResponse(validEntry());
    expect(text.split('\n')[0]).toBe('HTTP/1.1 400 Bad Request');
    expect(JSON.parse(text.slice(text.indexOf('{')))).toMatchObject({
      error: 'illegal_argument',
      error_description: 'username alice@@ is not legal',
    });
  });

  it('is only a status line for a bare status', () => {
    expect(exampleResponse(catalog.entryById.get('http-503')!)).toBe('HTTP/1.1 503 Service Unavailable');
  });
});
