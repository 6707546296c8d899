// The history of incidents (storage.local): what failed, when, and the evidence, so the options
// page can list past problems and walk through their fixes again. Nothing from private windows;
// URLs without query strings or fragments. Newest first, bounded by settings.historyLimit and
// settings.historyMaxAgeDays.
import * as z from 'zod/mini';
import type { Diagnosis } from './diagnose/types';
import { EvidenceSchema, type Evidence } from './evidence';
import type { Incident } from './incident';
import { IncidentIdSchema } from './incident-id';
import { CAUSES } from './kinds';
import { redactUrl } from './url';
import { boundUrl } from './url-bound';

export const HistoryEntrySchema = z.object({
  id: IncidentIdSchema,
  recordedAt: z.number(),
  /** The top-ranked cause when the incident was recorded. */
  cause: z.enum(CAUSES),
  uncertain: z.boolean(),
  /** The incident's evidence, the failed URL redacted. */
  evidence: EvidenceSchema,
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** Evidence fit to keep: the failed URL without query string, fragment or credentials (and within the URL bound). */
export function redactEvidence(evidence: Evidence): Evidence {
  return { ...evidence, failure: { ...evidence.failure, url: boundUrl(redactUrl(evidence.failure.url)) } };
}

/** The entry for an incident, or undefined for one from a private window. */
export function historyEntry(incident: Incident, diagnosis: Diagnosis): HistoryEntry | undefined {
  if (incident.incognito) return undefined;
  return {
    id: incident.id,
    recordedAt: incident.createdAt,
    cause: diagnosis.causes[0]?.cause ?? 'unknown',
    uncertain: diagnosis.uncertain,
    evidence: redactEvidence(incident.evidence),
  };
}

/**
 * History's share of storage.local, in bytes of stored JSON: Chromium allows 10 MB without the
 * `unlimitedStorage` permission, and a full area refuses every write, settings included. Entries
 * are bounded but not tiny (URLs, raw errors, the evidence), so `historyLimit` alone could overrun it.
 */
export const HISTORY_BUDGET_BYTES = 4_000_000;

const utf8 = new TextEncoder();

/** The newest entries whose stored size fits HISTORY_BUDGET_BYTES. */
function withinBudget(entries: HistoryEntry[]): HistoryEntry[] {
  let used = 0;
  const over = entries.findIndex((e) => (used += utf8.encode(JSON.stringify(e)).length) > HISTORY_BUDGET_BYTES);
  return over < 0 ? entries : entries.slice(0, over);
}

/** The list with `entry` first (replacing an entry with the same id), cut to `limit` and to the budget, oldest first. */
export function addToHistory(list: readonly HistoryEntry[], entry: HistoryEntry, limit: number): HistoryEntry[] {
  return withinBudget([entry, ...list.filter((e) => e.id !== entry.id)].slice(0, Math.max(0, limit)));
}

/**
 * The list with the entry of `entry.id` replaced (the evidence gathered since it was recorded), or
 * `list` itself when it has none: an entry cleared or expired meanwhile is not brought back.
 */
export function refreshInHistory(list: HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const at = list.findIndex((e) => e.id === entry.id);
  return at < 0 ? list : withinBudget(list.map((e, i) => (i === at ? entry : e)));
}

const DAY_MS = 86_400_000;

/**
 * The entries recorded in the last `maxAgeDays` days, or `list` itself when none is older (so a
 * read-modify-write has nothing to write). An entry dated ahead of `now` (recorded while the clock
 * was fast) is kept: it is not known to be old.
 */
export function withoutExpired(list: HistoryEntry[], now: number, maxAgeDays: number): HistoryEntry[] {
  const oldest = now - maxAgeDays * DAY_MS;
  const kept = list.filter((e) => e.recordedAt >= oldest);
  return kept.length === list.length ? list : kept;
}

export interface ParsedHistory {
  entries: HistoryEntry[];
  /** Records that failed validation and were dropped (each on its own; the rest are kept). */
  dropped: number;
}

export function parseHistory(raw: unknown): ParsedHistory {
  if (!Array.isArray(raw)) return { entries: [], dropped: raw === undefined ? 0 : 1 };
  const entries: HistoryEntry[] = [];
  let dropped = 0;
  for (const record of raw) {
    const parsed = HistoryEntrySchema.safeParse(record);
    if (parsed.success) entries.push(parsed.data);
    else dropped++;
  }
  return { entries, dropped };
}
