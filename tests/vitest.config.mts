import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright's *.spec.ts files live in tests/e2e and must not be collected here.
    include: ['tests/unit/**/*.test.ts'],
    root: new URL('..', import.meta.url).pathname,
  },
});
