/**
 * Where an error is known from, as a reader sees it: the label next to the
 * badges, the sources as links to a pinned file, partial failures kept apart
 * from error statuses, and undocumented or older entries marked in search.
 */
import AxeBuilder from '@axe-core/playwright';
import {expect, gotoHydrated, test} from './fixtures';

const DOCUMENTED = '404-resource-not-found-grpid-does-not-exist';
const OBSERVED = '401-unauthorized-no-organization-access-authorized';
const PARTIAL = '200-user-doesnt-exist-in-group';
const PINNED_FILE = /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/blob\/[0-9a-f]{40}\/.+/;

test('an error from the docs tables says so and links each source at its commit', async ({page}) => {
  await gotoHydrated(page, `/en/errors/${DOCUMENTED}`);
  await expect(page.locator('header').getByRole('link', {name: 'Docs error table'})).toBeVisible();
  await expect(page.getByRole('heading', {name: 'Sources', level: 2})).toBeVisible();
  const links = page.locator('section:has(> h2#sources) li a');
  expect(await links.count()).toBeGreaterThan(0);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(PINNED_FILE);
  }
  await expect(links.first()).toContainText('haoxiuwen/shengwang-chat-doc');
  await expect(links.first()).toContainText(/\.md:\d+/);
});

test('an undocumented, older error is labelled so in both languages', async ({page}) => {
  await gotoHydrated(page, `/errors/${OBSERVED}`);
  await expect(page.locator('header')).toContainText('实际响应，未见于文档');
  await expect(page.locator('header')).toContainText('旧版行为');
  await gotoHydrated(page, `/en/errors/${OBSERVED}`);
  await expect(page.locator('header')).toContainText('Observed, undocumented');
  await expect(page.locator('header')).toContainText('Older behaviour');
});

test('a partial failure is not an HTTP 200 error', async ({page}) => {
  await gotoHydrated(page, `/en/errors/${PARTIAL}`);
  await expect(page.locator('header')).toContainText('Partial failure (inside a 200 response)');
  await expect(page).not.toHaveTitle(/HTTP 200/);
  await expect(page.getByText(/other partial failure/)).toBeVisible();
});

test('a module page lists partial failures in their own section, not in the endpoint tables', async ({page}) => {
  await gotoHydrated(page, '/en/modules/groups');
  const section = page.locator('section:has(> h2#partial-failures)');
  await expect(section).toContainText('the HTTP status is 200');
  await expect(section.getByRole('link', {name: /doesn't exist in group/})).toBeVisible();
  // No endpoint table shows a 200 row.
  await expect(page.locator('table').getByText('200', {exact: true})).toHaveCount(0);
  // The whole page is checked in quality.spec.ts; here only the new section, which is quick.
  const results = await new AxeBuilder({page}).include('section:has(> h2#partial-failures)').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('search marks an undocumented, older result', async ({page}) => {
  await gotoHydrated(page, `/en/search?q=${encodeURIComponent('No organization access authorized')}`);
  const first = page.getByRole('listitem').filter({hasText: 'No organization access authorized'}).first();
  await expect(first).toContainText('Undocumented');
  await expect(first).toContainText('Older behaviour');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing serious on an undocumented error's page (${theme})`, async ({page}) => {
    await page.emulateMedia({colorScheme: theme});
    await gotoHydrated(page, `/errors/${OBSERVED}`);
    const results = await new AxeBuilder({page}).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
