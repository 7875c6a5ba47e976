import {loadCatalog} from '../../src/catalog';
import {expect, gotoHydrated, test} from './fixtures';

const TOKEN_ERROR = '401-auth-bad-access-token-unable-authenticate-due-corrupt';

test.describe('home page', () => {
  test('says what the site is for and leads to modules and the catalog', async ({page}) => {
    await gotoHydrated(page, '/');
    await expect(page).toHaveTitle(/粘贴报错，直达解释/);
    await expect(page.getByRole('heading', {level: 1})).toHaveText('粘贴报错，直达解释');
    const modules = page.locator('main').getByRole('link', {name: /通用错误/});
    await expect(modules.first()).toBeVisible();
    await page.getByRole('link', {name: '错误目录'}).first().click();
    await expect(page).toHaveURL(/\/errors$/);
    await expect(page.getByRole('heading', {level: 1})).toHaveText('错误目录');
  });
});

test.describe('module page', () => {
  test('lists sections with anchors, each error linking to its page', async ({page}) => {
    await gotoHydrated(page, '/modules/general#token');
    await expect(page.getByRole('heading', {level: 1})).toHaveText('通用错误');
    const token = page.locator('h2#token');
    await expect(token).toBeInViewport();
    const row = page.getByRole('row').filter({hasText: 'Unable to authenticate due to corrupt access token'});
    await row.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/errors/${TOKEN_ERROR}$`));
  });
});

test.describe('error page', () => {
  test('shows signature, meaning, cause, fix and an example response', async ({page}) => {
    await gotoHydrated(page, `/errors/${TOKEN_ERROR}`);
    await expect(page).toHaveTitle(/401 auth_bad_access_token/);
    const h1 = page.getByRole('heading', {level: 1});
    await expect(h1).toHaveText('Unable to authenticate due to corrupt access token');
    await expect(page.locator('header').getByText('401', {exact: true})).toBeVisible();
    await expect(page.getByRole('heading', {name: '可能原因'})).toBeVisible();
    await expect(page.getByRole('heading', {name: '处理建议'})).toBeVisible();
    const example = page.locator('pre').filter({hasText: 'HTTP/1.1 401 Unauthorized'});
    await expect(example).toContainText('"error": "auth_bad_access_token"');
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description).toContain('Unable to authenticate due to corrupt access token');
  });

  test('lists the typical situations between the causes and the fix, in each language', async ({page}) => {
    const situations = loadCatalog().entryById.get(TOKEN_ERROR)!.situations ?? [];
    expect(situations.length).toBeGreaterThanOrEqual(2);
    // Backticks mark code on the page; the list shows the words without them.
    const shown = (text: string) => text.replaceAll('`', '');
    for (const [prefix, lang, heading] of [
      ['', 'zh', '常见情形'],
      ['/en', 'en', 'Typical situations'],
    ] as const) {
      await gotoHydrated(page, `${prefix}/errors/${TOKEN_ERROR}`);
      // Each heading ends with its anchor link, a zero-width space.
      const headings = (await page.locator('main h2').allInnerTexts()).map((h) => h.replace(/\u200b/g, '').trim());
      const at = headings.indexOf(heading);
      expect(at, `headings: ${headings.join(' | ')}`).toBeGreaterThan(0);
      expect(headings[at + 1]).toBe(lang === 'zh' ? '处理建议' : 'How to fix it');
      const items = page.locator('h2#situations + ul > li');
      await expect(items).toHaveText(situations.map((s) => shown(s[lang])));
    }
  });

  test('the locale switch lands on the same error in English', async ({page}) => {
    await gotoHydrated(page, `/errors/${TOKEN_ERROR}`);
    await page
      .locator('.navbar')
      .getByRole('button', {name: /简体中文/})
      .hover();
    await page.getByRole('link', {name: 'English'}).click();
    await expect(page).toHaveURL(new RegExp(`/en/errors/${TOKEN_ERROR}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', {name: 'Likely causes'})).toBeVisible();
    await expect(page.getByRole('heading', {name: 'How to fix it'})).toBeVisible();
    await expect(page).toHaveTitle(/IM REST API Error Reference/);
  });
});

test.describe('catalog table', () => {
  test('filters by status from the URL and by typing', async ({page}) => {
    await gotoHydrated(page, '/en/errors?status=401');
    const rows = page.locator('tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThan(1);
    for (const status of await rows.locator('td:first-child').allInnerTexts()) expect(status.trim()).toBe('401');
    await page.getByRole('searchbox').fill('corrupt');
    await expect(rows).toHaveCount(1);
    await expect(page).toHaveURL(/q=corrupt/);
    await page.getByRole('button', {name: 'Clear filters'}).click();
    await expect(rows.first()).toBeVisible();
    await expect.poll(() => rows.count()).toBeGreaterThan(count);
  });

  test('a filter chosen while typing keeps the typed text, in the table and the URL', async ({page}) => {
    await gotoHydrated(page, '/en/errors');
    await page.getByRole('searchbox').fill('token');
    await page.getByLabel('Module').selectOption('general');
    await expect(page).toHaveURL(/q=token/);
    await expect(page).toHaveURL(/module=general/);
    await page.waitForTimeout(500); // past the URL's typing pause: nothing may be undone
    await expect(page).toHaveURL(/module=general/);
    await expect(page.getByRole('searchbox')).toHaveValue('token');
    for (const module of await page.locator('tbody tr td:last-child').allInnerTexts())
      expect(module.trim()).toBe('General errors');
  });
});

test.describe('glossary', () => {
  test('module and error pages lead to the glossary, in both languages', async ({page}) => {
    await gotoHydrated(page, `/errors/${TOKEN_ERROR}`);
    await page.locator('main').getByRole('link', {name: '术语表'}).click();
    await expect(page.getByRole('heading', {level: 1})).toHaveText('术语表');
    await expect(page.getByRole('row').filter({hasText: '子区'})).toContainText('thread');
    await gotoHydrated(page, '/en/modules/groups');
    await page.locator('main').getByRole('link', {name: 'glossary'}).click();
    await expect(page).toHaveURL(/\/en\/guides\/glossary$/);
  });
});

test.describe('guides', () => {
  test('exist in both languages', async ({page}) => {
    await gotoHydrated(page, '/guides/handling-errors');
    await expect(page.getByRole('heading', {level: 1})).toHaveText('处理错误：重试与告警');
    await gotoHydrated(page, '/en/guides/handling-errors');
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Handling errors: retries and alerts');
  });

  test('code blocks are highlighted, HTTP responses included', async ({page}) => {
    await gotoHydrated(page, '/en/guides/reading-error-responses');
    const block = page.locator('pre').filter({hasText: 'HTTP/1.1 401 Unauthorized'});
    // Prism's http grammar marks the header name; its embedded JSON grammar marks the keys.
    await expect(block.locator('.token.header-name').first()).toHaveText('Content-Type');
    await expect(block.locator('.token.property', {hasText: '"error"'})).toHaveCount(1);
  });
});

test.describe('on a phone', () => {
  test.use({viewport: {width: 390, height: 844}});

  for (const path of [
    `/errors/${TOKEN_ERROR}`,
    '/en/errors/404-resource-not-found-grpid-does-not-exist',
    '/modules/groups',
    '/en/errors',
    '/guides/reading-error-responses',
  ]) {
    test(`${path} fits the screen; only code and tables scroll sideways`, async ({page}) => {
      await gotoHydrated(page, path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
    });
  }
});
