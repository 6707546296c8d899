// Settings that keep every probe on the harness, applied by every e2e launch unless a test opts
// out (`launchWithExtension(harness, { localSettings: false })`), so no test even attempts the
// default public probe list: the other-site probe asks the healthy harness page, and the clock
// check reads the harness time server under three names. (One server answering to three names
// stands in for three independent time sources; the estimate counts hosts.)
import type { Settings } from '../../src/core/settings';
import type { HarnessInfo } from './harness-info';

export function localSettings(harness: HarnessInfo): Partial<Settings> {
  return {
    probeUrls: [harness.pages.healthy],
    timeSources: timeSourceAliases(harness),
  };
}

export function timeSourceAliases(harness: HarnessInfo): string[] {
  const { port } = harness.time;
  return [harness.time.url, `http://time-b.hd.test:${port}/`, `http://time-c.hd.test:${port}/`];
}

/** The settings envelope as the options page stores it (src/core/settings-storage.ts). */
export const settingsEnvelope = (settings: Partial<Settings>) => ({ version: 1, settings });
