// npm run build: dist/chrome (Chrome, Edge), dist/firefox, and a store-ready zip of each.
//   --test   also (only) build dist-test/<target> (HD_DIST_TEST moves it) with test-only hooks; never shipped.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipExtension } from '../store/tools/archive.mjs';

const root = join(import.meta.dirname, '..');
const testOnly = process.argv.includes('--test');
const distRoot = resolve(root, process.env.HD_DIST ?? 'dist');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

function vite(target, testBuild) {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BROWSER: target, HD_TEST_BUILD: testBuild ? '1' : '0' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The same reproducible archive the store package ships (store/tools/archive.mjs). */
function zip(dir, out) {
  writeFileSync(out, zipExtension(dir));
  console.log(`wrote ${relative(root, out)}`);
}

for (const target of ['chrome', 'firefox']) {
  if (testOnly) {
    vite(target, true);
    continue;
  }
  vite(target, false);
  zip(join(distRoot, target), join(distRoot, `handshake-doctor-${version}-${target}.zip`));
}
