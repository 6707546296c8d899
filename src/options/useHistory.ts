// The incident history the background writes (storage.local), live.
import { useEffect, useState } from 'preact/hooks';
import { HISTORY_KEY, parseHistory, type HistoryEntry } from '../core/history';
import { browser } from '../platform/browser';

export function useHistory(): [HistoryEntry[] | undefined, () => Promise<void>] {
  const [entries, setEntries] = useState<HistoryEntry[]>();
  useEffect(() => {
    const apply = (raw: unknown) => {
      const { entries: valid, dropped } = parseHistory(raw);
      if (dropped) console.warn(`[handshake-doctor] ${dropped} corrupt history record(s) not shown`);
      setEntries(valid);
    };
    browser.storage.local.get(HISTORY_KEY).then((all) => apply(all[HISTORY_KEY]));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && HISTORY_KEY in changes) apply(changes[HISTORY_KEY]?.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  const clear = () => browser.storage.local.set({ [HISTORY_KEY]: [] });
  return [entries, clear];
}
