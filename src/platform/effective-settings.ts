// The settings in force, for the background and the options page alike: the person's own (the
// storage.local envelope, migrated and repaired field by field on every read) with administrators'
// presets (storage.managed) applied on top and locked.
import type { Settings } from '../core/settings';
import { applyManaged, readStoredSettings, toStoredSettings } from '../core/settings-storage';
import { SETTINGS_KEY } from '../core/storage-keys';
import { managedNow } from './managed-storage';
import { defineItem } from './storage-item';

/** The person's own settings; an envelope an older build wrote is stored again, migrated. */
export const ownSettings = defineItem<Settings>({
  area: 'local',
  key: SETTINGS_KEY,
  read: (stored, key) => {
    const { settings, repaired, migratedFrom } = readStoredSettings(stored);
    const warnings: string[] = [];
    if (stored !== undefined && (stored === null || typeof stored !== 'object' || Array.isArray(stored)))
      warnings.push(`dropped corrupt ${key} (not an object): defaults in force`);
    if (repaired.length) warnings.push(`${key} repaired to defaults: ${repaired.join(', ')}`);
    return { value: settings, warnings, rewrite: migratedFrom !== undefined };
  },
  toStored: toStoredSettings,
});

export interface EffectiveSettings {
  /** The person's own values (what the options page edits and saves). */
  own: Settings;
  /** The values in force: `own` with every valid managed value applied. */
  effective: Settings;
  /** Fields an administrator set: the options page shows them read-only. */
  locked: (keyof Settings)[];
}

export async function loadEffectiveSettings(): Promise<EffectiveSettings> {
  const [own, policy] = await Promise.all([ownSettings.get(), managedNow()]);
  const { settings, locked, rejected } = applyManaged(own, policy);
  if (rejected.length) console.warn(`[handshake-doctor] managed settings ignored (invalid): ${rejected.join(', ')}`);
  return { own, effective: settings, locked };
}

/** Whether a storage.onChanged event can change the settings in force. */
export const changesSettings = (changes: Record<string, unknown>, area: string): boolean =>
  (area === 'local' && SETTINGS_KEY in changes) || area === 'managed';
