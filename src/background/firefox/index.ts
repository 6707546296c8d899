// Firefox-only background pieces, registered synchronously at the background's top level with
// every other listener. In the Chromium build `__BROWSER__` is the constant 'chrome': the whole
// body is dead code and drops out of the bundle. No listener here fires for pages the person
// visits: the certificate issuers of the extension's own probes are read by a listener that
// exists only while a probe round runs (probe-issuers.ts).
import { countWake } from './wake-counter';

export function registerFirefoxListeners(): void {
  if (__BROWSER__ !== 'firefox') return;
  // Test builds only (dist-test/): the e2e suite counts the background's starts. Shipped builds
  // carry neither the name nor the call.
  if (__TEST_BUILD__) countWake(Date.now()).catch((error: unknown) => console.warn('[handshake-doctor] wake not counted', error));
}
