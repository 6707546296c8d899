// The person's own settings and the effective ones (administrators' presets from storage.managed
// applied and locked). Saving writes only the person's own values, so removing a policy brings
// them back.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { browser } from '../platform/browser';
import { changesSettings, loadEffectiveSettings, ownSettings, type EffectiveSettings } from '../platform/effective-settings';
import { readManaged } from '../platform/managed-storage';

export function useSettings(): [EffectiveSettings | undefined, (own: Settings) => Promise<void>] {
  const [state, setState] = useState<EffectiveSettings>();
  useEffect(() => {
    const refresh = () => void loadEffectiveSettings().then(setState);
    refresh();
    // The first answer may have come from the kept copy: show the live policy once it answers.
    void readManaged().then(refresh);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (changesSettings(changes, area)) refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  const save = useCallback(async (own: Settings) => {
    await ownSettings.set(own);
    setState(await loadEffectiveSettings());
  }, []);
  return [state, save];
}
