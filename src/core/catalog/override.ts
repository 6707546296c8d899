// Does the browser's own warning page let the person continue past this error? Used so the
// product never suggests a way around an error the browser itself will not let anyone bypass.
// The extension never bypasses anything itself; it only decides what to say.
//
// Decided from the code alone. A host with HSTS or a pinned key makes every certificate error
// non-overridable whatever the code; callers that know the host is such a host must treat the
// answer as false.
import { chromiumEntry, firefoxEntry } from './classify';
import type { CatalogEntry } from './classification';

function fromEntry(entry: CatalogEntry | undefined): boolean | undefined {
  if (!entry || entry.kind === 'not-tls') return undefined; // no TLS warning page at all
  // Only certificate errors get a warning with a way through; TLS protocol failures, client
  // certificate failures and interrupted handshakes show an error page with nothing to override.
  return entry.overridable ?? false;
}

/**
 * true: the browser offers "continue anyway"; false: it does not (revoked, pinning, HSTS,
 * protocol errors…); undefined: not a code the catalog knows, or not a TLS failure.
 */
export function browserOffersOverride(errorCode: string): boolean | undefined {
  if (typeof errorCode !== 'string') return undefined;
  const code = errorCode.trim();
  if (code.length > 200) return undefined; // no error name is this long
  const chromium = /^(?:net::)?(ERR_[A-Z0-9_]+)$/i.exec(code);
  if (chromium?.[1]) return fromEntry(chromiumEntry(chromium[1].toUpperCase()));
  return fromEntry(firefoxEntry(code));
}
