// Firefox-only background pieces, registered synchronously at the background's top level with
// every other listener. In the Chromium build `__BROWSER__` is the constant 'chrome': the whole
// body is dead code and drops out of the bundle.
import { registerSecurityInfoSampling } from './security-info';

export function registerFirefoxListeners(): void {
  if (__BROWSER__ !== 'firefox') return;
  registerSecurityInfoSampling();
}
