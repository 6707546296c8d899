// The TLS 1.2 check: is it this browser, not the site? After a failure to agree on a TLS version
// or cipher suite, one TLS-1.2-only endpoint is asked. A browser that refuses it too will not speak
// TLS 1.2 (Firefox's `security.tls.version.min` raised to 4, say); one that completes the handshake
// speaks it, so the failing site's setup is at fault. An extension cannot read those prefs
// (`browser.privacy.network.tlsVersionRestriction` is refused to ordinary extensions), so it measures.
import type { Failure, ProbeResult, Tls12Check } from './evidence';
import { normalizeHost } from './diagnose/util';
import type { Settings } from './settings';

/**
 * The URL to ask after `failure`, or undefined: only after a version or cipher mismatch, only
 * while other-site probes are switched on, only over https, never the failing host itself.
 */
export function tls12CheckTarget(
  failure: Pick<Failure, 'kind' | 'host'>,
  settings: Pick<Settings, 'otherSiteProbe' | 'tls12CheckUrl'>,
): string | undefined {
  if (failure.kind !== 'protocol-mismatch' || !settings.otherSiteProbe) return undefined;
  let url: URL;
  try {
    url = new URL(settings.tls12CheckUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || normalizeHost(url.hostname) === normalizeHost(failure.host)) return undefined;
  return url.href;
}

/**
 * What the check's answer says: an answer → spoke; the same kind of failure → refused; else
 * unreachable. Firefox names the TLS errors of the extension's own requests only in the UI
 * language's text (kind `tls-unknown`), which the build never interprets; but the very same text
 * as the failing site's (`siteError`, its origin asked the same way) is the same failure, named
 * then by the site's decoded error code.
 */
export function tls12Outcome(result: ProbeResult, failure: Pick<Failure, 'errorCode'>, siteError?: string): Tls12Check {
  const { host, errorCode } = result;
  if (result.ok) return { outcome: 'spoke', host };
  if (result.kind === 'protocol-mismatch') return { outcome: 'refused', host, ...(errorCode ? { errorCode } : {}) };
  if (result.kind === 'tls-unknown' && errorCode && errorCode === siteError)
    return { outcome: 'refused', host, errorCode: failure.errorCode || errorCode };
  return { outcome: 'unreachable', host, ...(errorCode ? { errorCode } : {}) };
}
