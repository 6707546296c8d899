// Settings that keep every probe on the harness, applied by every e2e launch unless a test opts
// out (`launchWithExtension(harness, { localSettings: false })`), so no test even attempts the
// default public probe list: the other-site probe asks the healthy harness page, the captive-portal
// check the harness's port-80 server (e2e/harness/captive-portal-server.mjs), and the clock
// check reads the harness time server under three names. (One server answering to three names
// of three different sites stands in for three independent time sources: the estimate counts
// sites, and never the failing site, which is always an hd.test name here.)
import type { Settings } from '../../src/core/settings';
import type { HarnessInfo } from './harness-info';
// @ts-expect-error plain ESM JavaScript with JSDoc types
import { TIME_SOURCE_HOSTS } from '../harness/cases.mjs';

export function localSettings(harness: HarnessInfo): Partial<Settings> {
  return {
    probeUrls: [harness.pages.healthy],
    timeSources: timeSourceAliases(harness),
    // The harness's captive portal, on a harness name (always online there: no portal).
    portalCheckUrl: 'http://portal.hd.test/generate_204',
    firefoxPortalCheckUrl: 'http://portal.hd.test/success.txt',
  };
}

export function timeSourceAliases(harness: HarnessInfo): string[] {
  return (TIME_SOURCE_HOSTS as readonly string[]).map((h) => `http://${h}:${harness.time.port}/`);
}

/** The settings envelope as the options page stores it (src/core/settings-storage.ts). */
export const settingsEnvelope = (settings: Partial<Settings>) => ({ version: 1, settings });
