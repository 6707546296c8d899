// TLS failures across hosts in the last minutes (storage.session): the "is it only this site?"
// signal that needs no probe. Windowing, dedupe and bounds live in the pure core.
import type { Failure, RecentFailure } from '../core/evidence';
import { siteKey } from '../core/diagnose';
import { parseRecentFailures, pruneRecentFailures, recordFailure } from '../core/recent-failures';
import { RECENT_FAILURES_KEY } from '../core/storage-keys';
import { defineItem } from '../platform/storage-item';

const recentFailures = defineItem<RecentFailure[]>({
  area: 'session',
  key: RECENT_FAILURES_KEY,
  read: (stored, key) => {
    const list = parseRecentFailures(stored);
    const count = Array.isArray(stored) ? stored.length : stored === undefined ? 0 : 1;
    return { value: list, warnings: count > list.length ? [`dropped ${count - list.length} corrupt or excess ${key} record(s)`] : [] };
  },
});

/** Failures seen before this one, inside the window. */
export async function recentFailuresFor(failure: Failure): Promise<RecentFailure[]> {
  return pruneRecentFailures(await recentFailures.get(), failure.time);
}

/**
 * Remember a failure seen on the top-level page of `pageHost` (the failed host itself for a page
 * that failed to load): the rules let one page vouch for one failing site only.
 */
export async function rememberFailure(failure: Failure, pageHost: string): Promise<void> {
  const entry = { host: failure.host, kind: failure.kind, errorCode: failure.errorCode, time: failure.time, page: siteKey(pageHost) };
  await recentFailures.update((list) => recordFailure(list, entry, failure.time));
}
