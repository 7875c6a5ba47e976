/**
 * Accessibility (axe: no serious or critical violation), reading without
 * JavaScript, and hostile URLs rendered as text.
 */
import AxeBuilder from '@axe-core/playwright';
import {at, expect, gotoHydrated, test} from './fixtures';

const PAGES = [
  '/',
  '/modules/groups',
  '/errors/404-resource-not-found-grpid-does-not-exist',
  '/errors',
  '/search?q=403%20forbidden_op',
  '/guides/handling-errors',
  '/guides/glossary',
];

for (const locale of ['', '/en']) {
  for (const theme of ['light', 'dark'] as const) {
    for (const path of PAGES) {
      test(`axe finds nothing serious on ${locale}${path} (${theme})`, async ({page}) => {
        // axe walks every node: the whole catalog table and the longest module page take it 30 s and more.
        test.setTimeout(150_000);
        await page.emulateMedia({colorScheme: theme});
        await gotoHydrated(page, `${locale}${path}`);
        if (path.startsWith('/search'))
          await page
            .getByRole('list')
            .filter({has: page.getByRole('link')})
            .first()
            .waitFor();
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const results = await new AxeBuilder({page}).analyze();
        const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(
          serious.map(
            (v) =>
              `${v.id}: ${v.help} (${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')})`,
          ),
        ).toEqual([]);
      });
    }
  }
}

test('axe finds nothing serious in the open search dialog with results', async ({page}) => {
  await gotoHydrated(page, '/');
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('combobox').fill('403 forbidden_op');
  await page.getByRole('option').first().waitFor();
  const results = await new AxeBuilder({page}).include('[role="dialog"]').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
    [],
  );
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('module and error pages are complete static HTML', async ({page}) => {
    await page.goto('/modules/groups');
    await expect(page.getByRole('heading', {level: 1})).toHaveText('群组');
    await expect(page.locator('h3#groups\\.add-member-batch')).toBeVisible();
    await page.goto('/en/errors/403-message-send-error-reach-limit');
    await expect(page.getByRole('heading', {level: 1})).toHaveText('message send reach limit');
    await expect(page.getByRole('heading', {name: 'How to fix it'})).toBeVisible();
    await expect(page.locator('pre').filter({hasText: 'HTTP/1.1 403 Forbidden'})).toBeVisible();
  });
});

test.describe('without JavaScript, nothing fails silently', () => {
  test.use({javaScriptEnabled: false, allowConsoleErrors: [/status of 404/]});

  test('search and the catalog filter say they need JavaScript and lead to the catalog and modules', async ({page}) => {
    for (const [path, text, catalog, modules] of [
      ['/search?q=token', '搜索和筛选需要启用 JavaScript', '错误目录', '功能模块'],
      ['/en/errors?status=401', 'Search and filtering need JavaScript', 'Error catalog', 'Feature modules'],
    ]) {
      await page.goto(at(path));
      const note = page.getByRole('note').filter({hasText: text});
      await expect(note, path).toBeVisible();
      const lang = path.startsWith('/en/') ? '/en' : '';
      await expect(note.getByRole('link', {name: catalog})).toHaveAttribute('href', at(`${lang}/errors`));
      await expect(note.getByRole('link', {name: modules})).toHaveAttribute('href', at(`${lang}/modules`));
    }
  });

  test('the navbar search is a link to the search page, and the page-not-found page offers the catalog', async ({
    page,
  }) => {
    await page.goto(at('/modules/groups'));
    await expect(page.locator('.navbar').getByRole('link', {name: '搜索错误…'})).toHaveAttribute('href', at('/search'));
    await page.goto(at('/en/errors/no-such-error-zz'));
    await expect(page.locator('main').getByRole('link', {name: /Error catalog|错误目录/})).toHaveAttribute(
      'href',
      /\/errors$/,
    );
  });
});

test.describe('hostile URLs', () => {
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

  test('query parameters are shown as text on the search and catalog pages', async ({page}) => {
    for (const url of [
      `/search?q=${encodeURIComponent(payload)}`,
      `/search?status=${encodeURIComponent(payload)}&error=${encodeURIComponent(payload)}&error_description=${encodeURIComponent(payload)}`,
      `/errors?q=${encodeURIComponent(payload)}&status=${encodeURIComponent(payload)}`,
      `/modules/groups#${encodeURIComponent(payload)}`,
    ]) {
      await gotoHydrated(page, url);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned), url).toBeUndefined();
      await expect(page.locator('main img[src="x"], main script')).toHaveCount(0);
    }
    await gotoHydrated(page, `/search?q=${encodeURIComponent(payload)}`);
    await expect(page.getByRole('textbox').or(page.locator('textarea')).first()).toHaveValue(payload);
  });
});

test('breadcrumbs are named in the language of the page', async ({page}) => {
  await gotoHydrated(page, '/errors/404-resource-not-found-grpid-does-not-exist');
  await expect(page.getByRole('navigation', {name: '页面路径'})).toBeVisible();
  await gotoHydrated(page, '/en/modules/groups');
  await expect(page.getByRole('navigation', {name: 'Breadcrumbs'})).toBeVisible();
});
