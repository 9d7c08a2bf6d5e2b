import { defineConfig } from 'vitest/config';

// Browser suites: Playwright (playwright-core) driving Debian's chromium against the built bundles.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    globalSetup: ['test/e2e/globalSetup.ts'],
  },
});
