/**
 * A page fixture that fails the test on any console error or uncaught
 * exception, and a helper that waits until React has hydrated the page.
 */
import {test as base, expect, type Page} from '@playwright/test';

export const test = base.extend<{page: Page; allowConsoleErrors: RegExp[]}>({
  /** Console errors a test expects (a 404 page logs its own status). */
  allowConsoleErrors: [[], {option: true}],
  page: async ({page, allowConsoleErrors}, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !allowConsoleErrors.some((allowed) => allowed.test(msg.text())))
        errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    await use(page);
    expect(errors, 'console errors on the page').toEqual([]);
  },
});

export {expect};

export async function gotoHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  // Docusaurus marks <html> once the client-side app has taken over.
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
}
