import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright's *.spec.ts files live in tests/e2e and must not be collected here.
    include: ['tests/unit/**/*.test.ts'],
    // Some tests spawn the real command line or run thousands of queries; on a busy 2-core machine
    // those take well over Vitest's default 5 s without being wrong.
    testTimeout: 30_000,
    root: new URL('..', import.meta.url).pathname,
  },
});
