/**
 * Each page carries the interface strings of its own language only: the scripts a page
 * loads (with the search opened and used, so its code is loaded too) hold none of the
 * other language's strings, and the page shows its own.
 */
import type {Page} from '@playwright/test';
import {messagesOf, type MessageId} from '../../src/i18n/messages';
import {expect, gotoHydrated, test} from './fixtures';

/** Strings of the error page, the search and the catalog table, none of which the page-not-found page shows. */
const PROBES: MessageId[] = ['search.placeholder', 'error.exampleHint', 'catalog.noRows', 'copy.forTicket'];

const PAGES = [
  {language: 'zh', other: 'en', path: '/errors/401-auth-bad-access-token-unable-authenticate-due-corrupt'},
  {language: 'en', other: 'zh', path: '/en/errors/401-auth-bad-access-token-unable-authenticate-due-corrupt'},
  {language: 'zh', other: 'en', path: '/modules/groups'},
  {language: 'en', other: 'zh', path: '/en/errors'},
] as const;

/** The text of every script the page loads from now on, with the bundler's `\uXXXX` escapes read back. */
function collectScripts(page: Page): string[] {
  const bodies: string[] = [];
  page.on('response', async (response) => {
    if (!/\.js(\?|$)/.test(response.url())) return;
    const text = await response.text().catch(() => '');
    bodies.push(text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
  });
  return bodies;
}

for (const {language, other, path} of PAGES) {
  test(`${path} loads the ${language} strings and none of the ${other} ones`, async ({page}) => {
    const scripts = collectScripts(page);
    await gotoHydrated(page, path);
    await page.keyboard.press('Control+k');
    const box = page.getByRole('dialog').getByRole('combobox');
    await expect(box).toHaveAttribute('placeholder', messagesOf(language)['search.placeholder']);
    await box.fill('forbidden_op');
    await expect(page.getByRole('dialog').getByRole('option').first()).toBeVisible();
    await page.waitForLoadState('networkidle');

    expect(scripts.length).toBeGreaterThan(3);
    // Only the ids are reported: the scripts themselves are far too long to print.
    const all = scripts.join('\n');
    expect(
      PROBES.filter((id) => !all.includes(messagesOf(language)[id])),
      `missing ${language} strings`,
    ).toEqual([]);
    expect(
      PROBES.filter((id) => all.includes(messagesOf(other)[id])),
      `${other} strings loaded`,
    ).toEqual([]);
  });
}
