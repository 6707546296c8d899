// History of incidents in storage.local, written when an incident is recorded. Private windows
// leave none; URLs are redacted; the list is bounded by settings.historyLimit and
// settings.historyMaxAgeDays. Every write of it runs here, through historyItem's one queue: the
// options page asks for a clear by message, so a clear lands after any write already under way
// rather than being overwritten by one that read the list before it.
import { diagnose } from '../core/diagnose';
import { addToHistory, historyEntry, refreshInHistory, withoutExpired } from '../core/history';
import type { Incident } from '../core/incident';
import type { Settings } from '../core/settings';
import { historyItem } from '../platform/history-item';

export type HistoryBounds = Pick<Settings, 'historyLimit' | 'historyMaxAgeDays'>;

/** `bounds`: from the settings the caller already holds. Writes run one at a time, in order. */
export async function recordHistory(incident: Incident, { historyLimit, historyMaxAgeDays }: HistoryBounds): Promise<void> {
  const entry = historyEntry(incident, diagnose(incident.evidence));
  if (entry) await historyItem.update((list) => addToHistory(withoutExpired(list, Date.now(), historyMaxAgeDays), entry, historyLimit));
}

/**
 * Brings the incident's entry up to date with the evidence gathered since it was recorded, so the
 * history and its guided fixes show the verdict the troubleshooter settled on, not the first one.
 */
export async function refreshHistory(incident: Incident): Promise<void> {
  const entry = historyEntry(incident, diagnose(incident.evidence));
  if (entry) await historyItem.update((list) => refreshInHistory(list, entry));
}

/** Drops the entries older than `historyMaxAgeDays` (no write when none is). */
export const expireHistory = ({ historyMaxAgeDays }: Pick<Settings, 'historyMaxAgeDays'>): Promise<unknown> =>
  historyItem.update((list) => withoutExpired(list, Date.now(), historyMaxAgeDays));

/** Empties the history behind every write already queued. */
export const clearHistory = (): Promise<unknown> => historyItem.update(() => []);
