// Test builds only (dist-test/, `__TEST_BUILD__`): named pause points in the main-frame flow, so
// an e2e test can stop the worker exactly there (e2e/chromium/worker-kill.spec.ts).
// Call sites guard with `if (__TEST_BUILD__)`, so a shipped build carries neither the calls nor
// this module (test/build/no-test-hooks.test.ts checks dist/).
import { TEST_PAUSE_KEY as PAUSE_KEY, TEST_PAUSED_KEY as PAUSED_KEY } from '../core/storage-keys';
import { browser } from '../platform/browser';

export type PauseStep = 'before-store' | 'after-store' | 'before-move' | 'after-move' | 'during-probe';

/** When storage.session names this step, say so and never return (the test then stops the worker). */
export async function testPause(step: PauseStep): Promise<void> {
  const wanted = (await browser.storage.session.get(PAUSE_KEY))[PAUSE_KEY];
  if (wanted !== step) return;
  await browser.storage.session.set({ [PAUSED_KEY]: step });
  await new Promise<never>(() => undefined);
}
