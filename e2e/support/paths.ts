import { join, resolve } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
/** HD_E2E_TMP / HD_DIST let several runs share a checkout without clobbering each other. */
export const TMP = resolve(ROOT, process.env.HD_E2E_TMP ?? '.e2e-tmp');
export const HARNESS_INFO = join(TMP, 'harness.json');
const DIST = resolve(ROOT, process.env.HD_DIST ?? 'dist');
export const DIST_CHROME = join(DIST, 'chrome');
export const DIST_FIREFOX = join(DIST, 'firefox');
/** The test build (`npm run build -- --test`): the shipped code plus test-only hooks. */
export const DIST_TEST_FIREFOX = resolve(ROOT, process.env.HD_DIST_TEST ?? 'dist-test', 'firefox');
