/**
 * A page fixture that fails the test on any console error, uncaught exception
 * or breach of the content security policy, and a helper that waits until
 * React has hydrated the page.
 */
import {test as base, expect, type Page} from '@playwright/test';
import {escapeRegExp} from '../../src/catalog/placeholders';
import {normalizeBaseUrl} from '../../src/links';

/** How Chromium words a content security policy refusal in the console. */
const CSP_MESSAGE = /Content Security Policy|Refused to (load|execute|apply|connect|create|frame|evaluate)/i;

/**
 * Every `securitypolicyviolation` event of every page the test opens, reported
 * from the page as it happens (a script added before the page's own scripts).
 */
async function recordViolations(page: Page, violations: string[]): Promise<void> {
  await page.exposeFunction('__reportPolicyViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as {__reportPolicyViolation(text: string): void}).__reportPolicyViolation;
      report(
        `${event.effectiveDirective} refused ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
}

export const test = base.extend<{page: Page; allowConsoleErrors: RegExp[]}>({
  /** Console errors a test expects (a 404 page logs its own status). */
  allowConsoleErrors: [[], {option: true}],
  page: async ({page, allowConsoleErrors}, use) => {
    const errors: string[] = [];
    const violations: string[] = [];
    await recordViolations(page, violations);
    page.on('console', (msg) => {
      // A policy refusal is never an expected error.
      if (msg.type() === 'error' && CSP_MESSAGE.test(msg.text())) violations.push(msg.text());
      else if (msg.type() === 'error' && !allowConsoleErrors.some((allowed) => allowed.test(msg.text())))
        errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    await use(page);
    expect(violations, 'content security policy violations').toEqual([]);
    expect(errors, 'console errors on the page').toEqual([]);
  },
});

export {expect};

/**
 * The base path the site under test is served at: `/` unless `E2E_BASE_PATH` says
 * otherwise (`npm test` also runs the link, search and robustness tests on a build
 * published under `/docs/im-errors/`).
 */
export const BASE_PATH = normalizeBaseUrl(process.env.E2E_BASE_PATH);

/** A site address as the tests write it (`/en/errors/x`), under the base path being tested. */
export function at(path: string): string {
  return `${BASE_PATH}${path.replace(/^\/+/, '')}`;
}

/**
 * For `toHaveURL`: the page is exactly at this site address (path, query, hash), under
 * the base path; with `prefix`, at an address that starts with it.
 */
export function isAt(path: string, {prefix = false} = {}): RegExp {
  return new RegExp(`^https?://[^/]+${escapeRegExp(at(path))}${prefix ? '' : '$'}`);
}

/** Opens a site address (under the base path) and waits for React to take over. */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  await page.goto(at(path));
  // Docusaurus marks <html> once the client-side app has taken over.
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
}
