// npm run build: dist/chrome (Chrome, Edge), dist/firefox, and a store-ready zip of each.
//   --test   also (only) build dist-test/<target> (HD_DIST_TEST moves it) with test-only hooks; never shipped.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';

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

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function zip(dir, out) {
  const entries = {};
  // Fixed timestamps keep the archives reproducible.
  for (const file of filesUnder(dir).sort())
    entries[relative(dir, file)] = [readFileSync(file), { mtime: new Date('2026-01-01T00:00:00Z') }];
  writeFileSync(out, zipSync(entries, { level: 9 }));
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
