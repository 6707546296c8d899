// Settings in storage.local as a versioned envelope, migrated and repaired on every read, with
// administrators' presets (storage.managed) applied on top.
import { applyManaged, readStoredSettings, SETTINGS_KEY, toStoredSettings } from '../core/settings-storage';
import type { Settings } from '../core/settings';
import { browser } from '../platform/browser';
import { MANAGED_COPY_KEY, managedNow } from '../platform/managed-storage';

export async function loadSettings(): Promise<Settings> {
  const { [SETTINGS_KEY]: stored, [MANAGED_COPY_KEY]: managedCopy } = await browser.storage.local.get([SETTINGS_KEY, MANAGED_COPY_KEY]);
  const { settings, repaired, migratedFrom } = readStoredSettings(stored);
  if (stored !== undefined && (stored === null || typeof stored !== 'object' || Array.isArray(stored)))
    console.warn('[handshake-doctor] dropped corrupt settings (not an object): defaults in force');
  if (repaired.length) console.warn(`[handshake-doctor] settings repaired to defaults: ${repaired.join(', ')}`);
  if (migratedFrom !== undefined) await browser.storage.local.set({ [SETTINGS_KEY]: toStoredSettings(settings) });
  const managed = applyManaged(settings, await managedNow(managedCopy));
  if (managed.rejected.length) console.warn(`[handshake-doctor] managed settings ignored (invalid): ${managed.rejected.join(', ')}`);
  return managed.settings;
}
