// npm test: typecheck, lint, format check, unused code, unit tests, build, build checks (web-ext lint, sizes), Chromium e2e, Firefox e2e.
// Stops at the first failing stage and exits non-zero.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const stages = [
  ['typecheck', bin('tsc'), ['--noEmit']],
  ['lint', bin('eslint'), ['.']],
  ['format', bin('prettier'), ['--check', '.']],
  // Unused files, exports and dependencies (knip.json).
  ['unused code', bin('knip'), []],
  ['unit tests', bin('vitest'), ['run']],
  ['build', process.execPath, [join(root, 'scripts/build.mjs')]],
  // dist-test/: the variant some e2e specs need (README, "Test builds").
  ['test build', process.execPath, [join(root, 'scripts/build.mjs'), '--test']],
  ['build checks', bin('vitest'), ['run', '--config', 'vitest.build.config.ts']],
  ['chromium e2e', bin('playwright'), ['test']],
  ['firefox e2e', process.execPath, [join(root, 'e2e/firefox/run.mjs')]],
];
const only = process.env.HD_STAGES?.split(',');
for (const [name, command, args] of stages) {
  if (only && !only.includes(name)) continue;
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  console.log(`=== ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}
