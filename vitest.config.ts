import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit and contract tests. Browser-level suites (Playwright) run from scripts/test-e2e.ts instead.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    globals: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
