/**
 * The web server as deployed (deploy/nginx): cache lifetimes per kind of file,
 * compression, the page-not-found page per language for missing, malformed and
 * over-long addresses, and the security headers on every answer.
 */
import {expect, test, type APIResponse} from '@playwright/test';
import {sitePath, type SiteLanguage} from '../../src/links';

const BASE = process.env.BASE_URL ?? '/';
const at = (path: string, lang: SiteLanguage = 'zh') => sitePath(BASE, path, lang);
const ERROR_PAGE = '/errors/404-resource-not-found-grpid-does-not-exist';

test.skip(process.env.E2E_SERVER === 'docusaurus', 'these tests check the nginx configuration');

/** The headers every answer must carry, errors included. */
function expectSecurityHeaders(response: APIResponse): void {
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  for (const directive of [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "worker-src 'self'",
    "connect-src 'self'",
  ]) {
    expect(csp, `${response.url()}: ${directive}`).toContain(directive);
  }
  expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
}

/** The site's own page-not-found page, in a language, with status 404. */
async function expectNotFoundPage(response: APIResponse, lang: SiteLanguage): Promise<void> {
  expect(response.status(), response.url()).toBe(404);
  expect(response.headers()['content-type']).toContain('text/html');
  const html = await response.text();
  expect(html).toMatch(lang === 'en' ? /<html lang="?en"?[\s>]/ : /<html lang="?zh-Hans"?[\s>]/);
  expect(html).toContain('/assets/js/main.');
  expectSecurityHeaders(response);
}

test.describe('web server', () => {
  test('pages are revalidated on every visit and answer 304 when unchanged', async ({request}) => {
    for (const path of [at('/'), at('/', 'en'), at(ERROR_PAGE), at(ERROR_PAGE, 'en'), at('/errors')]) {
      const page = await request.get(path);
      expect(page.status(), path).toBe(200);
      expect(page.headers()['cache-control']).toBe('no-cache');
      expectSecurityHeaders(page);
      const etag = page.headers()['etag'];
      expect(etag).toBeTruthy();
      const again = await request.get(path, {headers: {'If-None-Match': etag}});
      expect(again.status(), path).toBe(304);
    }
  });

  test('hashed assets are cached for a year and never revalidated', async ({request}) => {
    const html = await (await request.get(at(ERROR_PAGE))).text();
    // Stylesheets and scripts, including the bundles the page loads after its first paint (data-bundles).
    const assets = [...html.matchAll(/[="\s]([^"\s>=]*\/assets\/[^"\s>]+\.(?:js|css))/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      const response = await request.get(asset);
      expect(response.status(), asset).toBe(200);
      expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
      expectSecurityHeaders(response);
    }
  });

  test('text is sent gzip-compressed to clients that accept it, plain to others', async ({request}) => {
    const html = await (await request.get(at('/'))).text();
    const script = /[="\s]([^"\s>=]*\/assets\/js\/main\.[^"\s>]+\.js)/.exec(html)![1];
    for (const path of [at(ERROR_PAGE), script, at('/catalog.json'), at('/llms.txt')]) {
      const zipped = await request.get(path, {headers: {'Accept-Encoding': 'gzip'}});
      expect(zipped.headers()['content-encoding'], path).toBe('gzip');
      expect(zipped.headers()['vary']).toMatch(/Accept-Encoding/i);
      const plain = await request.get(path, {headers: {'Accept-Encoding': 'identity'}});
      expect(plain.headers()['content-encoding'], path).toBeUndefined();
      expect((await zipped.body()).equals(await plain.body()), `${path}: same content either way`).toBe(true);
    }
  });

  test('pages without a trailing slash are found in both languages', async ({request}) => {
    for (const path of [at('/errors'), at('/modules/groups', 'en'), at('/search', 'en'), at('/guides/glossary')]) {
      expect((await request.get(path)).status(), path).toBe(200);
    }
  });

  test('a missing page gets the page-not-found page of its language, with status 404', async ({request}) => {
    await expectNotFoundPage(await request.get(at('/errors/no-such-error')), 'zh');
    await expectNotFoundPage(await request.get(at('/errors/no-such-error', 'en')), 'en');
    await expectNotFoundPage(await request.get(at('/no/such/page', 'en')), 'en');
    await expectNotFoundPage(await request.get(at('/english-is-not-a-prefix')), 'zh');
  });

  test('a malformed escape gets the page-not-found page, not a bare "400 Bad Request"', async ({request}) => {
    for (const [path, lang] of [
      [at('/errors/%E0%A4%A'), 'zh'],
      [at('/errors/%E0%A4%A', 'en'), 'en'],
      [at('/errors/%zz'), 'zh'],
      [at('/errors/a%00b', 'en'), 'en'],
    ] as const) {
      const response = await request.get(path);
      await expectNotFoundPage(response, lang);
      expect(await response.text()).not.toContain('400 Bad Request');
    }
  });

  test('an over-long address gets the page-not-found page, not "414" or "400"', async ({request}) => {
    // One path segment longer than a file name may be, and a whole address longer than nginx reads.
    await expectNotFoundPage(await request.get(at(`/errors/${'a'.repeat(600)}`, 'en')), 'en');
    const tooLong = await request.get(at(`/errors/${'x'.repeat(40_000)}`));
    await expectNotFoundPage(tooLong, 'zh');
    expect(await tooLong.text()).not.toMatch(/414|Request-URI Too Large/);
  });

  test('a search link with a long pasted body is still served', async ({request}) => {
    const body = JSON.stringify({error: 'resource_not_found', error_description: `grpID ${'9'.repeat(3000)} x`});
    const response = await request.get(at(`/search?q=${encodeURIComponent(body)}`, 'en'));
    expect(response.status()).toBe(200);
  });
});
