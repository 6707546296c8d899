import { defineConfig } from '@playwright/test';

// Chromium e2e: each worker launches its own Chromium with dist/chrome loaded against the
// local fault harness (started once in global setup). Firefox runs separately (e2e/firefox).
export default defineConfig({
  testDir: 'e2e/chromium',
  globalSetup: './e2e/support/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: 'list',
  outputDir: process.env.HD_E2E_TMP ? `${process.env.HD_E2E_TMP}/test-results` : 'test-results',
});
