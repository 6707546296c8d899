import { defineConfig } from 'vitest/config';

// Firefox e2e (e2e/firefox): real Firefox ESR through puppeteer-core, one browser per test file,
// files one after another (each launches Firefox; two at once only compete for the cores).
// Started by e2e/firefox/run.mjs; the harness starts and stops in global setup.
export default defineConfig({
  test: {
    include: ['e2e/firefox/**/*.test.ts'],
    globalSetup: ['e2e/firefox/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    retry: 0,
  },
});
