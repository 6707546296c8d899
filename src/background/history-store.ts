// History of incidents in storage.local, written when an incident is recorded. Private windows
// leave none; URLs are redacted; the list is bounded by settings.historyLimit.
import { diagnose } from '../core/diagnose';
import { addToHistory, historyEntry } from '../core/history';
import type { Incident } from '../core/incident';
import { historyItem } from '../platform/history-item';

/** `historyLimit`: from the settings the caller already holds. Writes run one at a time, in order. */
export async function recordHistory(incident: Incident, historyLimit: number): Promise<void> {
  const entry = historyEntry(incident, diagnose(incident.evidence));
  if (entry) await historyItem.update((list) => addToHistory(list, entry, historyLimit));
}
