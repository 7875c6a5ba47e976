import {defineConfig, devices} from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
// With E2E_BASE_PATH the tests run against build-base/, served under that base path.
const BASE_PATH = process.env.E2E_BASE_PATH;

/**
 * End-to-end tests run against the production build (`npm run build`) served
 * locally, in Debian's Chromium; Playwright never downloads a browser here.
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{name: 'desktop', use: {...devices['Desktop Chrome'], channel: undefined}}],
  webServer: {
    command: BASE_PATH
      ? `BASE_URL=${BASE_PATH} npx docusaurus serve --dir build-base --port ${PORT} --host 127.0.0.1 --no-open`
      : `npx docusaurus serve --port ${PORT} --host 127.0.0.1 --no-open`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}${BASE_PATH ?? '/'}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
