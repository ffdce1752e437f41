import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: Node drives Debian's Chromium (playwright-core) against the production build
// served by `vite preview`. Kept apart from the unit config, whose jsdom setup must not leak in here.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
