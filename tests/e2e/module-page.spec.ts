/**
 * A long module page keeps its server-rendered endpoints until each is needed:
 * they must read, link and copy exactly as if hydrated at load.
 */
import {expect, gotoHydrated, test} from './fixtures';

const PAGE = '/modules/messages';

test.describe('long module page', () => {
  test('a far endpoint is in the page at once and, once reached, its links navigate inside the app', async ({page}) => {
    await gotoHydrated(page, PAGE);
    const last = page.locator('article').last();
    await expect(last.getByRole('heading', {level: 3})).toHaveCount(1);
    // A marker on window survives only a navigation the app makes itself (no page load).
    await page.evaluate(() => ((window as unknown as {marker: number}).marker = 1));
    // The block may go live (its element replaced) while being scrolled to: try again on the new one.
    await expect(async () => await last.scrollIntoViewIfNeeded()).toPass();
    const link = last.locator('a[href*="/errors/"]').first();
    const href = await link.getAttribute('href');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole('heading', {level: 1})).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as {marker?: number}).marker)).toBe(1);
  });

  test('the table of contents leads to a far endpoint and it stays highlighted', async ({page}) => {
    await gotoHydrated(page, PAGE);
    // The endpoint list at the top of the page (a navigation landmark holding a <details>).
    const tocLinks = page.locator('main nav:has(details) li a');
    const target = tocLinks.last();
    const id = decodeURIComponent((await target.getAttribute('href'))!.split('#')[1]);
    await target.click();
    const heading = page.locator('h3:target');
    await expect(heading).toHaveAttribute('id', id);
    await expect(heading).toBeInViewport();
    // Still the target, and highlighted, after the endpoint has had every chance to go live.
    await page.waitForTimeout(1500);
    await expect(page.locator('h3:target')).toHaveAttribute('id', id);
    const background = await page
      .locator('article', {has: page.locator('h3:target')})
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });

  test('a link from a ticket to a section or an endpoint opens with it in view, and it stays there', async ({page}) => {
    await gotoHydrated(page, PAGE);
    const ids = await page.locator('main h2[id], main h3[id]').evaluateAll((headings) => headings.map((h) => h.id));
    // The first, a middle and the last heading: the further down, the more the page above could move it.
    for (const id of [ids[0], ids[Math.floor(ids.length / 2)], ids[ids.length - 1]]) {
      await gotoHydrated(page, `${PAGE}#${encodeURIComponent(id)}`);
      const heading = page.locator(`[id="${id}"]`);
      await expect(heading).toBeInViewport();
      // Blocks go live one idle moment at a time after load; none of them may push the target away.
      await page.waitForTimeout(1500);
      await expect(heading).toBeInViewport();
    }
  });
});

test.describe('error page with many endpoints', () => {
  test('a folded group opens and its links lead to the endpoint inside the app', async ({page}) => {
    await gotoHydrated(page, '/en/errors/404-resource-not-found-grpid-does-not-exist');
    await page.evaluate(() => ((window as unknown as {marker: number}).marker = 1));
    // The first group folded at load (groups with notes start open).
    const groups = page.locator('main details:has(a[href*="/modules/"])');
    const folded = await groups.evaluateAll((all) => all.findIndex((d) => !(d as HTMLDetailsElement).open));
    expect(folded).toBeGreaterThanOrEqual(0);
    const group = groups.nth(folded);
    await group.locator('summary').click();
    const link = group.locator('a[href*="/modules/"]').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[.?]/g, '\\$&')}$`));
    await expect(page.locator(`[id="${decodeURIComponent(href.split('#')[1])}"]`)).toBeInViewport();
    expect(await page.evaluate(() => (window as unknown as {marker?: number}).marker)).toBe(1);
  });
});
