// Firefox-only background pieces, registered synchronously at the background's top level with
// every other listener. In the Chromium build `__BROWSER__` is the constant 'chrome': the whole
// body is dead code and drops out of the bundle.
import { preciseSubresourceError } from './precise-subresource-error';
import { registerSecurityInfoSampling } from './security-info';

export function registerFirefoxListeners(): void {
  if (__BROWSER__ !== 'firefox') return;
  registerSecurityInfoSampling();
  // Test builds only (dist-test/): the e2e suite calls the sub-resource probe directly, from an
  // extension page through runtime.getBackgroundPage. Shipped builds carry neither the name nor
  // the assignment.
  if (__TEST_BUILD__) (globalThis as { __handshakeDoctorFirefox?: unknown }).__handshakeDoctorFirefox = { preciseSubresourceError };
}
