// The person's own settings (storage.local envelope) and the effective ones (administrators'
// presets from storage.managed applied and locked). Saving writes only the person's own values,
// so removing a policy brings them back.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { applyManaged, readStoredSettings, SETTINGS_KEY, toStoredSettings } from '../core/settings-storage';
import { browser } from '../platform/browser';
import { MANAGED_COPY_KEY, managedNow, readManaged } from '../platform/managed-storage';

export interface SettingsState {
  own: Settings;
  effective: Settings;
  locked: ReadonlySet<keyof Settings>;
}

async function load(): Promise<SettingsState> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, MANAGED_COPY_KEY]);
  const { settings: own } = readStoredSettings(stored[SETTINGS_KEY]);
  const managed = applyManaged(own, await managedNow(stored[MANAGED_COPY_KEY]));
  return { own, effective: managed.settings, locked: new Set(managed.locked) };
}

export function useSettings(): [SettingsState | undefined, (own: Settings) => Promise<void>] {
  const [state, setState] = useState<SettingsState>();
  useEffect(() => {
    const refresh = () => void load().then(setState);
    refresh();
    // The first answer may have come from the kept copy: show the live policy once it answers.
    void readManaged().then(refresh);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if ((area === 'local' && SETTINGS_KEY in changes) || area === 'managed') refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  const save = useCallback(async (own: Settings) => {
    await browser.storage.local.set({ [SETTINGS_KEY]: toStoredSettings(own) });
    setState(await load());
  }, []);
  return [state, save];
}
