// History of incidents in storage.local, written when an incident is recorded. Private windows
// leave none; URLs are redacted; the list is bounded by settings.historyLimit.
import { diagnose } from '../core/diagnose';
import { addToHistory, HISTORY_KEY, historyEntry, parseHistory, type HistoryEntry } from '../core/history';
import type { Incident } from '../core/incident';
import { browser } from '../platform/browser';
import { serialQueue } from './write-queue';

/** History writes are read-modify-write on storage.local: one at a time, in order. */
const inOrder = serialQueue();

export async function readHistory(): Promise<HistoryEntry[]> {
  const { entries, dropped } = parseHistory((await browser.storage.local.get(HISTORY_KEY))[HISTORY_KEY]);
  if (dropped) console.warn(`[handshake-doctor] dropped ${dropped} corrupt history record(s)`);
  return entries;
}

/** `historyLimit`: from the settings the caller already holds. */
export function recordHistory(incident: Incident, historyLimit: number): Promise<void> {
  const entry = historyEntry(incident, diagnose(incident.evidence));
  if (!entry) return Promise.resolve();
  return inOrder(async () => {
    const next = addToHistory(await readHistory(), entry, historyLimit);
    await browser.storage.local.set({ [HISTORY_KEY]: next });
  });
}
