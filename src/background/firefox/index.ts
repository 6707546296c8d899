// Firefox-only background pieces, registered synchronously at the background's top level with
// every other listener. In the Chromium build `__BROWSER__` is the constant 'chrome': the whole
// body is dead code and drops out of the bundle.
import { preciseSubresourceError } from './precise-subresource-error';
import { registerSecurityInfoSampling } from './security-info';

export function registerFirefoxListeners(): void {
  if (__BROWSER__ !== 'firefox') return;
  registerSecurityInfoSampling();
  // Reachable only from the extension's own pages (runtime.getBackgroundPage): the e2e suite
  // drives the sub-resource probe through it until the banner calls it.
  (globalThis as { __handshakeDoctorFirefox?: unknown }).__handshakeDoctorFirefox = { preciseSubresourceError };
}
