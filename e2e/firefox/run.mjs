// The Firefox e2e suite (npm test's 'firefox e2e' stage, or `npm run test:firefox`). Runs vitest
// with vitest.firefox.config.ts; builds nothing: it tests the extension already in
// $HD_DIST/firefox (default dist/firefox), and the test build in $HD_DIST_TEST/firefox (default
// dist-test/firefox) where a test needs its hooks. HD_DIST, HD_DIST_TEST and HD_E2E_TMP are
// honoured (e2e/support/paths.ts).
// Extra arguments go to vitest, e.g. `node e2e/firefox/run.mjs e2e/firefox/locale.test.ts`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const dist = resolve(root, process.env.HD_DIST ?? 'dist', 'firefox');
if (!existsSync(join(dist, 'manifest.json'))) {
  console.error(`${dist} is missing: run \`npm run build\` first (this runner builds nothing)`);
  process.exit(1);
}
const distTest = resolve(root, process.env.HD_DIST_TEST ?? 'dist-test', 'firefox');
if (!existsSync(join(distTest, 'manifest.json'))) {
  console.error(`${distTest} is missing: run \`npm run build -- --test\` first (this runner builds nothing)`);
  process.exit(1);
}
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', '--config', 'vitest.firefox.config.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
