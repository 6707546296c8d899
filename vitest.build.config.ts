import { defineConfig } from 'vitest/config';

// Checks on the built extension (dist/): manifests, web-ext lint, size budgets, archives.
export default defineConfig({
  test: { include: ['test/build/**/*.test.ts'], environment: 'node', testTimeout: 120_000 },
});
