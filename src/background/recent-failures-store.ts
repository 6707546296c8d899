// TLS failures across hosts in the last minutes (storage.session): the "is it only this site?"
// signal that needs no probe. Windowing, dedupe and bounds live in the pure core.
import type { Failure, RecentFailure } from '../core/evidence';
import { parseRecentFailures, pruneRecentFailures, recordFailure } from '../core/recent-failures';
import { browser } from '../platform/browser';

const KEY = 'recent-failures';

async function read(): Promise<RecentFailure[]> {
  const stored: unknown = (await browser.storage.session.get(KEY))[KEY];
  const list = parseRecentFailures(stored);
  const count = Array.isArray(stored) ? stored.length : stored === undefined ? 0 : 1;
  if (count > list.length) console.warn(`[handshake-doctor] dropped ${count - list.length} corrupt or excess ${KEY} record(s)`);
  return list;
}

/** Failures seen before this one, inside the window. */
export async function recentFailuresFor(failure: Failure): Promise<RecentFailure[]> {
  return pruneRecentFailures(await read(), failure.time);
}

export async function rememberFailure(failure: Failure): Promise<void> {
  const list = await read();
  const next = recordFailure(list, failure, failure.time);
  if (next !== list) await browser.storage.session.set({ [KEY]: next });
}
