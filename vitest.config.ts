import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser tests launch real Chromium; give them room but keep unit tests fast.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
