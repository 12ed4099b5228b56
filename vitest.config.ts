import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Checks that Chromium is installed (fails, never skips) and builds the test copy of the extension once.
    globalSetup: ['test/extension/global-setup.ts'],
    // Browser tests launch real Chromium; give them room but keep unit tests fast.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
