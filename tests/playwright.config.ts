import {defineConfig, devices} from '@playwright/test';
import {chromiumLaunchOptions} from '../scripts/lib/chromium';

const PORT = Number(process.env.E2E_PORT ?? 3100);
// With E2E_BASE_PATH the tests run against build-base/, served under that base path.
const BASE_PATH = process.env.E2E_BASE_PATH;

/** The built site under test (`build`, or `build-base` under a base path, unless `E2E_SITE_DIR` names another). */
const SITE_DIR = process.env.E2E_SITE_DIR ?? (BASE_PATH ? 'build-base' : 'build');

/**
 * The tests run against nginx with the production configuration (deploy/nginx), so
 * its headers, security policy and error pages are tested too. `E2E_SERVER=docusaurus`
 * uses `docusaurus serve` instead, for a machine without nginx.
 */
const SERVER_COMMAND =
  process.env.E2E_SERVER === 'docusaurus'
    ? `${BASE_PATH ? `BASE_URL=${BASE_PATH} ` : ''}npx docusaurus serve --dir ${SITE_DIR} --port ${PORT} --host 127.0.0.1 --no-open`
    : `npx tsx scripts/serve-nginx.ts --site-dir ${SITE_DIR} --port ${PORT}${BASE_PATH ? ` --base ${BASE_PATH}` : ''}`;

/**
 * End-to-end tests run against the production build (`npm run build`) served
 * locally by nginx, in Debian's Chromium; Playwright never downloads a browser here.
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // The first search of a page starts the engine in a worker; on a busy two-core machine that can take over 5 s.
  expect: {timeout: 10_000},
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{name: 'desktop', use: {...devices['Desktop Chrome'], channel: undefined}}],
  webServer: {
    command: SERVER_COMMAND,
    cwd: '..',
    // Lets the nginx script stop nginx and remove its temporary folder.
    gracefulShutdown: {signal: 'SIGTERM', timeout: 5_000},
    url: `http://127.0.0.1:${PORT}${BASE_PATH ?? '/'}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
