// Test builds only (dist-test/, `__TEST_BUILD__`): counts the starts of Firefox's background
// script. Its event page runs the top level once per start, whether the browser started, the
// extension was installed, or a suspended page woke for an event; the e2e test
// (e2e/firefox/wake-ups.test.ts) reads the count to prove healthy navigations wake it 0 times.
// The key carries the name the hardening scan looks for (test/build/hardening-no-test-hooks.test.ts),
// so a shipped build that kept this module would fail it.
import { browser } from '../../platform/browser';

/** storage.session key of the list of start times (local ms), oldest first. */
export const WAKE_TIMES_KEY = '__handshakeDoctorFirefoxWakes';
/** At most this many start times are kept. */
const MAX_KEPT = 200;

export async function countWake(now: number): Promise<void> {
  const stored = (await browser.storage.session.get(WAKE_TIMES_KEY))[WAKE_TIMES_KEY];
  const times = Array.isArray(stored) ? stored.filter((t): t is number => typeof t === 'number') : [];
  await browser.storage.session.set({ [WAKE_TIMES_KEY]: [...times, now].slice(-MAX_KEPT) });
}
