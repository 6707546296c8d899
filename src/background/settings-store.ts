// Settings in storage.local, repaired field by field on every read.
import { repairSettings, type Settings } from '../core/settings';
import { browser } from '../platform/browser';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const { settings, repaired } = repairSettings(stored);
  if (repaired.length) console.warn(`[handshake-doctor] settings repaired to defaults: ${repaired.join(', ')}`);
  return settings;
}
