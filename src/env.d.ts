/** Build target, fixed at build time by vite.config.ts. */
declare const __BROWSER__: 'chrome' | 'firefox';
/** True only in dist-test/ builds, which add test-only hooks. */
declare const __TEST_BUILD__: boolean;
