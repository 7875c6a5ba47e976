/**
 * A smoke test of the test set-up itself: Playwright drives Debian's Chromium, not the
 * build it was released with. Three major versions apart is known to work here (1.65
 * expects 159, Debian ships 156); wider drift fails here, loudly, instead of as
 * puzzling failures in the other tests.
 */
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {expect, test} from './fixtures';

const MAX_MAJOR_DRIFT = 3;

function expectedChromiumMajor(): number {
  // browsers.json is not exported; find it beside the package's entry point.
  const entry = createRequire(__filename).resolve('playwright-core');
  const browsers = JSON.parse(readFileSync(path.join(path.dirname(entry), 'browsers.json'), 'utf8')) as {
    browsers: {name: string; browserVersion: string}[];
  };
  const chromium = browsers.browsers.find((b) => b.name === 'chromium')!;
  return Number(chromium.browserVersion.split('.')[0]);
}

test('Playwright and the installed Chromium are close enough to work together', async ({browser, page}) => {
  const actual = Number(browser.version().split('.')[0]);
  const expected = expectedChromiumMajor();
  expect(
    Math.abs(expected - actual),
    `Playwright expects Chromium ${expected}, the installed one is ${actual}: pin @playwright/test to the release for Chromium ${actual}`,
  ).toBeLessThanOrEqual(MAX_MAJOR_DRIFT);
  // The protocol features the other tests rely on: navigation, script evaluation, screenshots.
  await page.goto('/');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
  expect((await page.screenshot()).length).toBeGreaterThan(1000);
});
