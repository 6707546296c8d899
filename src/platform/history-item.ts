// The incident history in storage.local: the background adds to it, the options page shows and
// clears it. Each corrupt record is dropped on its own (and logged); the valid ones are kept.
import { parseHistory, type HistoryEntry } from '../core/history';
import { HISTORY_KEY } from '../core/storage-keys';
import { defineItem } from './storage-item';

export const historyItem = defineItem<HistoryEntry[]>({
  area: 'local',
  key: HISTORY_KEY,
  read: (stored, key) => {
    const { entries, dropped } = parseHistory(stored);
    return { value: entries, warnings: dropped ? [`dropped ${dropped} corrupt ${key} record(s)`] : [] };
  },
});
