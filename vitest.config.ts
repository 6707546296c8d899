import { defineConfig } from 'vitest/config';

// Separate from vite.config.ts so unit tests never load the extension build plugins.
export default defineConfig({
  define: { __BROWSER__: JSON.stringify('chrome'), __TEST_BUILD__: 'false' },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
  },
});
