// The incident history the background writes (storage.local), live, without the entries past
// settings.historyMaxAgeDays. The background is its one writer: this page asks it to delete.
import { useEffect, useState } from 'preact/hooks';
import { withoutExpired, type HistoryEntry } from '../core/history';
import { historyItem } from '../platform/history-item';
import { watchItem } from '../platform/storage-item';
import { send } from '../ui/send';

/**
 * Clears the history through the background's queue of history writes: a write there that read
 * the list before the clear finishes first, instead of putting the cleared entries back after it.
 */
export async function clearHistory(): Promise<void> {
  const answer = await send({ type: 'delete-history', scope: 'all' });
  if (!answer.ok) throw new Error(answer.error);
}

/** `maxAgeDays`: the effective settings' (undefined while they load). */
export function useHistory(maxAgeDays: number | undefined): [HistoryEntry[] | undefined, () => Promise<void>] {
  /** The entries as last read, and when: age is measured from the read. */
  const [read, setRead] = useState<{ entries: HistoryEntry[]; at: number }>();
  useEffect(() => {
    const show = (entries: HistoryEntry[]) => setRead({ entries, at: Date.now() });
    void historyItem.get().then(show);
    return watchItem(historyItem, show);
  }, []);
  // Hidden at once; deleted from storage by the background (on opening, and when the age changes).
  useEffect(() => {
    if (maxAgeDays !== undefined) void send({ type: 'delete-history', scope: 'expired' });
  }, [maxAgeDays]);
  return [read && maxAgeDays !== undefined ? withoutExpired(read.entries, read.at, maxAgeDays) : undefined, clearHistory];
}
