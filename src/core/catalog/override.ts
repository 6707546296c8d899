// Does the browser's own warning page let the person continue past this error? Used so the
// product never suggests a way around an error the browser itself will not let anyone bypass.
// The extension never bypasses anything itself; it only decides what to say.
//
// Decided from the code alone. A host with HSTS or a pinned key makes every certificate error
// non-overridable whatever the code; callers that know the host is such a host must treat the
// answer as false.
import { chromiumOffersOverride, CHROMIUM_TOKEN, overrideFromEntry } from './chromium';
import { firefoxTlsEntry } from './classify';

/**
 * true: the browser offers "continue anyway"; false: it does not (revoked, pinning, HSTS,
 * protocol errors…); undefined: not a code the catalog knows, or not a TLS failure.
 */
export function browserOffersOverride(errorCode: string): boolean | undefined {
  if (typeof errorCode !== 'string') return undefined;
  const code = errorCode.trim();
  if (code.length > 200) return undefined; // no error name is this long
  if (CHROMIUM_TOKEN.test(code)) return chromiumOffersOverride(code);
  return firefoxOffersOverride(code);
}

/**
 * browserOffersOverride() for Firefox's names alone; undefined for anything else. Only TLS
 * failures can have an override, so the lookup leaves the non-TLS results out.
 */
export function firefoxOffersOverride(errorCode: string): boolean | undefined {
  if (typeof errorCode !== 'string' || errorCode.length > 200) return undefined;
  return overrideFromEntry(firefoxTlsEntry(errorCode.trim()));
}
