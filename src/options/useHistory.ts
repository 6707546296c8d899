// The incident history the background writes (storage.local), live.
import { useEffect, useState } from 'preact/hooks';
import type { HistoryEntry } from '../core/history';
import { historyItem } from '../platform/history-item';
import { watchItem } from '../platform/storage-item';

export function useHistory(): [HistoryEntry[] | undefined, () => Promise<void>] {
  const [entries, setEntries] = useState<HistoryEntry[]>();
  useEffect(() => {
    void historyItem.get().then(setEntries);
    return watchItem(historyItem, setEntries);
  }, []);
  const clear = () => historyItem.set([]);
  return [entries, clear];
}
