import {readFileSync} from 'node:fs';
import path from 'node:path';
import {errorIdRedirects} from '../../src/catalog/redirects';
import {at, expect, gotoHydrated, isAt, test} from './fixtures';

const TOKEN_ERROR = '401-auth-bad-access-token-unable-authenticate-due-corrupt';
const published: {errors: string[]; endpoints: string[]; modules: string[]} = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../src/catalog/published-ids.json'), 'utf8'),
);

test.describe('copy affordances', () => {
  test.use({permissions: ['clipboard-read', 'clipboard-write']});

  /** The page's public address as the build was told it (SITE_URL, BASE_URL): its canonical link. */
  const canonical = async (page: import('@playwright/test').Page) => {
    const href = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    expect(href).toMatch(/^https:\/\//);
    expect(new URL(href).pathname).toBe(new URL(page.url()).pathname);
    return href;
  };

  test('"copy link" and "copy for a ticket" put the public address on the clipboard', async ({page}) => {
    await gotoHydrated(page, `/en/errors/${TOKEN_ERROR}`);
    const url = await canonical(page);
    expect(url.endsWith(at(`/en/errors/${TOKEN_ERROR}`))).toBe(true);
    await page.getByRole('button', {name: 'Copy link'}).click();
    await expect(page.getByRole('button', {name: 'Copied'})).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

    await page.getByRole('button', {name: 'Copy for a ticket'}).click();
    const ticket = await page.evaluate(() => navigator.clipboard.readText());
    expect(ticket).toContain('**401 auth_bad_access_token** `Unable to authenticate due to corrupt access token`');
    expect(ticket).toContain('Meaning: The App Token is malformed and cannot be parsed.');
    expect(ticket).toContain(`\n${url}\n`);

    // The example's body is valid JSON, as a developer would paste it into a test.
    await page.getByRole('button', {name: 'Copy body'}).click();
    const body = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    expect(body).toMatchObject({
      error: 'auth_bad_access_token',
      error_description: 'Unable to authenticate due to corrupt access token',
    });
  });

  test('an endpoint heading copies the public link to its anchor', async ({page}) => {
    await gotoHydrated(page, '/modules/groups');
    const url = await canonical(page);
    await page.getByRole('button', {name: /复制「批量添加群组成员」的链接/}).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${url}#groups.add-member-batch`);
  });
});

test.describe('links', () => {
  test('an anchor link scrolls to its endpoint and highlights it', async ({page}) => {
    await gotoHydrated(page, '/modules/groups#groups.add-member-batch');
    const heading = page.locator('h3:target');
    await expect(heading).toHaveText(/批量添加群组成员/);
    await expect(heading).toBeInViewport();
    const background = await page
      .locator('article', {has: heading})
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });

  test('a link built from a raw error opens the exact entry', async ({page}) => {
    await gotoHydrated(
      page,
      `/search?status=401&error=auth_bad_access_token&error_description=${encodeURIComponent('Unable to authenticate due to corrupt access token')}`,
    );
    await expect(page).toHaveURL(isAt(`/errors/${TOKEN_ERROR}`));
    await expect(page.getByRole('heading', {level: 1})).toHaveText(
      'Unable to authenticate due to corrupt access token',
    );
  });

  test('a whole body in q with open=1 opens the entry; without it the results show', async ({page}) => {
    const body = encodeURIComponent('{"error":"forbidden_op","error_description":"message send reach limit"}');
    await gotoHydrated(page, `/en/search?q=${body}&open=1`);
    await expect(page).toHaveURL(isAt('/en/errors/403-message-send-error-reach-limit'));
    await gotoHydrated(page, `/en/search?q=${body}`);
    await expect(page.getByRole('list', {name: 'Search results'}).getByRole('link').first()).toContainText(
      'message send reach limit',
    );
  });

  test('an ambiguous raw error shows the search results instead', async ({page}) => {
    await gotoHydrated(
      page,
      `/search?error_description=${encodeURIComponent('grpID 216482239234049 does not exist!')}`,
    );
    await expect(page).toHaveURL(isAt('/search?', {prefix: true}));
    await expect(page.getByRole('list', {name: '搜索结果'}).getByRole('link')).not.toHaveCount(0);
  });

  test('the locale switch keeps the anchor of a module page', async ({page}) => {
    await gotoHydrated(page, '/modules/groups#groups.add-member-batch');
    await page
      .locator('.navbar')
      .getByRole('button', {name: /简体中文/})
      .hover();
    await page.getByRole('link', {name: 'English'}).click();
    await expect(page).toHaveURL(isAt('/en/modules/groups#groups.add-member-batch'));
    await expect(page.locator('h3:target')).toHaveText('Add group members in batch');
  });

  test('error pages carry a specific title, description, Open Graph tags and a canonical URL', async ({page}) => {
    await gotoHydrated(page, `/en/errors/${TOKEN_ERROR}`);
    await expect(page).toHaveTitle(
      '401 auth_bad_access_token – Unable to authenticate due to corrupt access token | IM REST API Error Reference',
    );
    const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
    expect(await meta('meta[property="og:title"]')).toContain('401 auth_bad_access_token');
    expect(await meta('meta[property="og:description"]')).toContain('The App Token is malformed');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(
      new RegExp(`/en/errors/${TOKEN_ERROR}$`),
    );
  });
});

test.describe('stability', () => {
  test('every renamed error id, in both languages, lands on the page of its new id', async ({page}) => {
    test.setTimeout(30_000 + Object.keys(errorIdRedirects).length * 2 * 15_000);
    expect(Object.keys(errorIdRedirects).length).toBeGreaterThan(0);
    for (const [from, to] of Object.entries(errorIdRedirects)) {
      for (const prefix of ['', '/en']) {
        await page.goto(at(`${prefix}/errors/${from}`));
        // The old page sends the reader on twice over (meta refresh, then the router): allow for a busy machine.
        await expect(page, `${prefix}/errors/${from}`).toHaveURL(new RegExp(`${prefix}/errors/${to}$`), {
          timeout: 20_000,
        });
        await expect(page.locator('h1')).toBeVisible();
        expect(await page.locator('html').getAttribute('lang')).toBe(prefix ? 'en' : 'zh-Hans');
      }
    }
  });

  test('every published error id resolves in both languages', async ({request}) => {
    for (const id of published.errors) {
      for (const prefix of ['', '/en']) {
        const response = await request.get(at(`${prefix}/errors/${id}`));
        expect(response.status(), `${prefix}/errors/${id}`).toBe(200);
        expect(await response.text()).toContain('<h1');
      }
    }
  });

  test('every published module and endpoint anchor exists', async ({request}) => {
    for (const id of published.modules) {
      const html = await (await request.get(at(`/modules/${id}`))).text();
      for (const endpoint of published.endpoints.filter((e) => e.startsWith(`${id}.`))) {
        // The built HTML is minified: attribute quotes may be gone.
        expect(html, `${endpoint} on /modules/${id}`).toMatch(
          new RegExp(`id="?${endpoint.replace(/\./g, '\\.')}[" >]`),
        );
      }
    }
  });

  test('catalog.json lists exactly the error pages the site has', async ({request}) => {
    const catalog = await (await request.get(at('/catalog.json'))).json();
    const sitemap = await (await request.get(at('/sitemap.xml'))).text();
    const pages = new Set([...sitemap.matchAll(/\/errors\/([^<"/]+)</g)].map((m) => m[1]));
    expect(new Set(catalog.entries.map((e: {id: string}) => e.id))).toEqual(pages);
    // Every address in them is the public one, base path included.
    expect(new URL(`${catalog.site}/`).pathname).toBe(at('/'));
    for (const loc of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) expect(loc[1].startsWith(catalog.site)).toBe(true);
    expect(catalog.entries[0].url.en.startsWith(`${catalog.site}/en/errors/`)).toBe(true);
    const schema = await request.get(at('/catalog.schema.json'));
    expect(schema.status()).toBe(200);
    expect((await (await request.get(at('/llms.txt'))).text()).startsWith('# IM REST API Error Reference')).toBe(true);
  });
});

test.describe('a broken link', () => {
  test.use({allowConsoleErrors: [/status of 404/]});

  test('lands on a page that searches for the words of the address', async ({page}) => {
    await gotoHydrated(page, '/en/errors/401-auth-bad-acess-token-corrupt');
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Page not found');
    await page.getByRole('link', {name: 'Search for "401 auth bad acess token corrupt"'}).click();
    await expect(page).toHaveURL(isAt('/en/search?q=401+auth+bad+acess+token+corrupt'));
    await expect(page.getByRole('list', {name: 'Search results'}).getByRole('listitem').first()).toContainText(
      'Unable to authenticate due to corrupt access token',
    );
  });

  test('in Chinese too', async ({page}) => {
    await gotoHydrated(page, '/errors/grpID-does-not-exist');
    await expect(page.getByRole('heading', {level: 1})).toHaveText('找不到这个页面');
    await page.getByRole('link', {name: '搜索“grpID does not exist”'}).click();
    await expect(page.getByRole('list', {name: '搜索结果'}).getByRole('listitem').first()).toContainText(
      'grpID XX does not exist!',
    );
  });
});
