/**
 * Hostile links, generated: every kind of page, opened with each malformed or
 * prototype-named hash, query value and path from the tables below, renders without
 * a page error or the theme's crash screen, and stays at the address asked for
 * (no redirect to `/modules/function Object() { [native code] }`).
 */
import type {Page} from '@playwright/test';
import {safeDecode} from '../../src/links';
import {at, expect, gotoHydrated, test} from './fixtures';

const ERROR_ID = '401-auth-bad-access-token-unable-authenticate-due-corrupt';

/** One page of each type the site has. */
const PAGES: Record<string, string> = {
  home: '/',
  'catalog table': '/errors',
  error: `/errors/${ERROR_ID}`,
  module: '/modules/users',
  modules: '/en/modules',
  search: '/search',
  guide: '/guides/glossary',
  'page not found': '/errors/no-such-error-zz',
};

/** Malformed escapes and names every plain object inherits. */
const HOSTILE_VALUES = ['50%off', '%E0%A4%A', '%FF', '%', 'constructor', '__proto__', 'toString'];

/** The query keys the pages read. */
const QUERY_KEYS = ['q', 'status', 'module', 'filter_status', 'error', 'error_description', 'endpoint'];

/**
 * Paths no page has, under each kind of prefix. A path whose escapes do not decode
 * (`/errors/%`) never reaches a page: the server answers 400 Bad Request first.
 */
const PATH_PREFIXES = ['/errors/', '/modules/', '/en/'];
const HOSTILE_PATHS = ['50%25off', '%25E0%25A4%25A', '%25', 'constructor', '__proto__', 'toString'].map(
  (value, i) => `${PATH_PREFIXES[i % PATH_PREFIXES.length]}${value}`,
);

/** Opens a site address, waits for hydration and a moment of effects, and checks the page survived it. */
async function expectSurvives(page: Page, address: string, stay: string): Promise<void> {
  await page.goto('about:blank');
  await gotoHydrated(page, address);
  await page.waitForTimeout(150); // effects that read the address run after hydration
  await expect(page.getByText('This page crashed'), address).toHaveCount(0);
  await expect(page.locator('h1').first(), address).toBeVisible();
  const url = new URL(page.url());
  expect(url.pathname, `${address} navigated away`).toBe(at(stay));
  expect(safeDecode(url.href), address).not.toMatch(/native code|function |\[object|undefined/);
}

test.use({allowConsoleErrors: [/status of 404/]});
// Each test opens a page once per hostile value.
test.describe.configure({timeout: 120_000});

for (const [name, path] of Object.entries(PAGES)) {
  test(`${name} page: hostile hash and query values, on opening and typed later`, async ({page}) => {
    // Each value as every query parameter and as the hash at once: one page load per value.
    for (const value of HOSTILE_VALUES) {
      const query = QUERY_KEYS.map((key) => `${key}=${value}`).join('&');
      await expectSurvives(page, `${path}?${query}#${value}`, path);
    }
    // The hashes typed into the address bar of the open page: the router sees them change.
    for (const value of HOSTILE_VALUES) {
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, value);
      await page.waitForTimeout(100);
      await expect(page.getByText('This page crashed'), `#${value} typed`).toHaveCount(0);
      expect(new URL(page.url()).pathname, `#${value} typed`).toBe(at(path));
    }
  });
}

test('hostile paths land on the page-not-found page', async ({page}) => {
  for (const path of HOSTILE_PATHS) {
    await expectSurvives(page, path, path);
    await expect(page.getByRole('heading', {level: 1}), path).toHaveText(/找不到这个页面|Page not found/);
    // It still offers the catalog, under the base path.
    await expect(page.locator(`main a[href="${at(path.startsWith('/en/') ? '/en/errors' : '/errors')}"]`)).toHaveCount(
      1,
    );
  }
});
