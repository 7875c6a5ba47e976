/**
 * The site works under its content security policy: the search (its Worker, its
 * data, its results) in both languages, with no violation reported (the page
 * fixture fails any test on one), and the policy really is enforced.
 */
import {test as base} from '@playwright/test';
import {sitePath, type SiteLanguage} from '../../src/links';
import {expect, gotoHydrated, test} from './fixtures';

const BASE = process.env.BASE_URL ?? '/';
const at = (path: string, lang: SiteLanguage = 'zh') => sitePath(BASE, path, lang);
const servedByNginx = process.env.E2E_SERVER !== 'docusaurus';

const PASTED_BODY =
  'HTTP/1.1 404 Not Found\n{"error":"resource_not_found","exception":"EntityNotFoundException",\n "error_description":"grpID 1928374650 does not exist!"}';

const LANGUAGES: {lang: SiteLanguage; searchButton: RegExp; results: string}[] = [
  {lang: 'zh', searchButton: /搜索错误/, results: '搜索结果'},
  {lang: 'en', searchButton: /Search errors/, results: 'Search results'},
];

test.describe('content security policy', () => {
  test.skip(!servedByNginx, 'docusaurus serve sends no security policy');

  for (const {lang, searchButton, results} of LANGUAGES) {
    test(`the search dialog and the search page work under the policy (${lang})`, async ({page}) => {
      const response = await page.goto(at('/errors/404-resource-not-found-grpid-does-not-exist', lang));
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');

      await page.getByRole('button', {name: searchButton}).click();
      await page.getByRole('dialog').getByRole('combobox').fill(PASTED_BODY);
      await expect(page.getByRole('option').first()).toContainText('grpID XX does not exist!');

      await gotoHydrated(page, at(`/search?q=${encodeURIComponent(PASTED_BODY)}`, lang));
      const list = page.getByRole('list', {name: results}).getByRole('listitem');
      await expect(list.first()).toContainText('grpID XX does not exist!');
    });
  }

  test('the colour mode switch and a page with code blocks raise no violation', async ({page}) => {
    await gotoHydrated(page, at('/guides/reading-error-responses'));
    await page
      .getByRole('button', {name: /mode|模式/i})
      .first()
      .click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', /dark|light/);
    await gotoHydrated(page, at('/errors/404-resource-not-found-grpid-does-not-exist', 'en'));
    await expect(page.locator('pre').first()).toBeVisible();
  });
});

base.describe('the policy is enforced', () => {
  base.skip(!servedByNginx, 'docusaurus serve sends no security policy');

  base('an inline script that is not the site’s own does not run, and the page says why', async ({page}) => {
    const refused: string[] = [];
    page.on('console', (msg) => refused.push(msg.text()));
    await page.goto(at('/'));
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as {__injected?: boolean}).__injected ?? false;
    });
    expect(ran).toBe(false);
    expect(refused.join('\n')).toMatch(/Content Security Policy/);
  });
});
