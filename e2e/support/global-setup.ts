// Starts the fault harness once for the whole Chromium run and shares its description via a file.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error plain ESM JavaScript with JSDoc types
import { startHarness } from '../harness/index.mjs';
import { DIST_CHROME, HARNESS_INFO, TMP } from './paths';
import { trustingHome } from './launch-chromium.mjs';

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(DIST_CHROME)) throw new Error('dist/chrome is missing: run `npm run build` first');
  mkdirSync(TMP, { recursive: true });
  const harness = await startHarness({ quiet: true, wellKnownPorts: true });
  const home = await trustingHome(harness, join(TMP, 'home'));
  writeFileSync(
    HARNESS_INFO,
    JSON.stringify({
      cases: harness.cases,
      pages: harness.pages,
      interception: harness.interception,
      time: harness.time,
      toggle: harness.toggle,
      middlebox: { url: harness.middlebox.url },
      alternative: harness.alternative,
      scope: harness.scope,
      portal: harness.portal,
      hostnames: harness.hostnames,
      hostResolverRules: harness.hostResolverRules,
      rootCaPath: harness.rootCaPath,
      dir: harness.dir,
      home,
    }),
  );
  return () => harness.stop();
}
