// A bounded window of recent TLS failures across hosts ("is it just this site?" from what the
// person already hit). Plain serializable data (an array of RecentFailure, oldest first); pure
// functions return a new array when something changed and the same array otherwise, so the caller
// persists only when `next !== list`.
import { RecentFailureSchema, type RecentFailure } from '../evidence';

interface RecentFailureLimits {
  /** Keep at most this many entries (the oldest go first): 50. */
  maxEntries: number;
  /** Forget entries older than this: 30 min. */
  windowMs: number;
  /**
   * The same host and error within this long is one failure, not two: 10 s. Chromium reports a
   * failure in webRequest and again in webNavigation up to ~3 s later (after its captive-portal
   * and name checks), and a reload or an automatic retry repeats it; 10 s covers both with margin
   * while two deliberate visits a little apart still count twice.
   */
  dedupeMs: number;
  /**
   * Entries stamped later than `now` by more than this are dropped: the local clock was moved back
   * (typically: the person just fixed it) and their times no longer compare with `now`.
   */
  futureToleranceMs: number;
}

export const DEFAULT_RECENT_FAILURE_LIMITS: Readonly<RecentFailureLimits> = Object.freeze({
  maxEntries: 50,
  windowMs: 30 * 60_000,
  dedupeMs: 10_000,
  futureToleranceMs: 60_000,
});

/** Hard cap whatever the limits say. */
const MAX_RECENT_FAILURES = 500;

function resolveLimits(partial: Partial<RecentFailureLimits> | undefined): RecentFailureLimits {
  const l = { ...DEFAULT_RECENT_FAILURE_LIMITS, ...partial };
  const finiteOr = (v: number, d: number) => (Number.isFinite(v) && v >= 0 ? v : d);
  return {
    maxEntries: Math.min(MAX_RECENT_FAILURES, Math.max(1, Math.floor(finiteOr(l.maxEntries, DEFAULT_RECENT_FAILURE_LIMITS.maxEntries)))),
    windowMs: finiteOr(l.windowMs, DEFAULT_RECENT_FAILURE_LIMITS.windowMs),
    dedupeMs: finiteOr(l.dedupeMs, DEFAULT_RECENT_FAILURE_LIMITS.dedupeMs),
    futureToleranceMs: finiteOr(l.futureToleranceMs, DEFAULT_RECENT_FAILURE_LIMITS.futureToleranceMs),
  };
}

/**
 * Read a stored list: each invalid entry is dropped on its own and every valid one kept, sorted
 * oldest first and capped at MAX_RECENT_FAILURES (the newest kept). Never throws.
 */
export function parseRecentFailures(value: unknown): RecentFailure[] {
  if (!Array.isArray(value)) return [];
  const out: RecentFailure[] = [];
  for (const item of value) {
    const r = RecentFailureSchema.safeParse(item);
    if (r.success) out.push({ ...r.data, host: r.data.host.toLowerCase() });
  }
  out.sort((a, b) => a.time - b.time);
  return out.length > MAX_RECENT_FAILURES ? out.slice(out.length - MAX_RECENT_FAILURES) : out;
}

const inWindow = (f: RecentFailure, now: number, windowMs: number, futureToleranceMs: number) =>
  now - f.time <= windowMs && f.time - now <= futureToleranceMs;

/** Same failure for deduplication: same host and same code (same kind when the code is unknown). */
const sameFailure = (a: RecentFailure, b: RecentFailure) =>
  a.host === b.host && a.errorCode === b.errorCode && (a.errorCode !== '' || a.kind === b.kind);

/** Drop entries outside the window (too old, or from the future) and beyond `maxEntries`. */
export function pruneRecentFailures(list: readonly RecentFailure[], now: number, limits?: Partial<RecentFailureLimits>): RecentFailure[] {
  const l = resolveLimits(limits);
  let kept = list.filter((f) => inWindow(f, now, l.windowMs, l.futureToleranceMs));
  if (kept.length > l.maxEntries) kept = kept.slice(kept.length - l.maxEntries);
  return kept.length === list.length ? (list as RecentFailure[]) : kept;
}

/**
 * Add a failure seen at local time `now`. Invalid failures (schema), failures outside the window,
 * and repeats of the same host + code within `dedupeMs` of an entry already kept are ignored (the
 * first report's time is kept). The result is pruned to the window and to `maxEntries`, oldest
 * first. Hosts are compared case-insensitively (stored lowercased).
 */
export function recordFailure(
  list: readonly RecentFailure[],
  failure: RecentFailure,
  now: number,
  limits?: Partial<RecentFailureLimits>,
): RecentFailure[] {
  const l = resolveLimits(limits);
  const pruned = pruneRecentFailures(list, now, l);
  const parsed = RecentFailureSchema.safeParse(failure);
  if (!parsed.success || !Number.isFinite(now)) return pruned;
  const entry: RecentFailure = { ...parsed.data, host: parsed.data.host.toLowerCase() };
  if (entry.host === '' || !inWindow(entry, now, l.windowMs, l.futureToleranceMs)) return pruned;
  if (pruned.some((f) => sameFailure(f, entry) && Math.abs(f.time - entry.time) < l.dedupeMs)) return pruned;

  // Insert in time order (events can arrive slightly out of order), then cap.
  const next = [...pruned];
  let at = next.length;
  while (at > 0 && (next[at - 1] as RecentFailure).time > entry.time) at--;
  next.splice(at, 0, entry);
  return next.length > l.maxEntries ? next.slice(next.length - l.maxEntries) : next;
}
