// vitest globalSetup for the Firefox suite: starts the fault harness once, builds the wall-clock
// shifting library, and hands both to the test files (vitest `provide` / `inject`). Builds no
// extension: `npm test` has built dist/ before this stage runs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain ESM JavaScript with JSDoc types
import { startHarness } from '../harness/index.mjs';
import type { FirefoxHarnessInfo } from '../support/firefox';
import { DIST_FIREFOX, TMP } from '../support/paths';

declare module 'vitest' {
  export interface ProvidedContext {
    harness: FirefoxHarnessInfo;
  }
}

/** cc -shared -fPIC -O2 -o <tmp>/clockshift.so clockshift.c -ldl; '' when no compiler is present. */
function buildClockShift(): string {
  const out = join(TMP, 'clockshift.so');
  try {
    execFileSync('cc', ['-shared', '-fPIC', '-O2', '-o', out, join(import.meta.dirname, 'clockshift.c'), '-ldl'], { stdio: 'pipe' });
    return out;
  } catch (error) {
    console.warn(`clockshift.so not built, the clock test will fail: ${String(error)}`);
    return '';
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(DIST_FIREFOX, 'manifest.json'))) {
    throw new Error(`${DIST_FIREFOX} is missing: run \`npm run build\` first`);
  }
  mkdirSync(TMP, { recursive: true });
  const harness = await startHarness({ quiet: true, wellKnownPorts: true });
  const info: FirefoxHarnessInfo = {
    cases: harness.cases,
    interception: harness.interception,
    pages: harness.pages,
    mixedTargets: harness.mixedTargets,
    time: harness.time,
    middlebox: { url: harness.middlebox.url },
    alternative: harness.alternative,
    scope: harness.scope,
    portal: harness.portal,
    hostnames: harness.hostnames,
    rootCaPath: harness.rootCaPath,
    interceptionRootPath: join(harness.dir, 'interception-root.pem'),
    product: { name: harness.product.name, sites: harness.product.sites, failing: harness.product.failing },
    productRootPath: join(harness.dir, 'product-root.pem'),
    clockShiftLibrary: buildClockShift(),
  };
  project.provide('harness', info);
  return () => harness.stop();
}
