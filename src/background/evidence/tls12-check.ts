// The TLS 1.2 check (src/core/tls12-check.ts says what and why): one request to the configured
// TLS-1.2-only endpoint, sent like every probe (probe.ts: HEAD, no credentials, no redirects
// followed, a timeout), its outcome read through webRequest. Firefox reports that outcome as text
// only, so its build compares it with the failing site's own, read from the re-probe's request to
// the site's origin (probe.ts shares one request between the two); nothing more is sent when the
// re-probe is switched off.
import type { Failure, Tls12Check } from '../../core/evidence';
import type { Settings } from '../../core/settings';
import { tls12CheckTarget, tls12Outcome } from '../../core/tls12-check';
import { httpsOriginOf } from '../../core/url';
import { probeSite } from './other-site-probe';

/** The check's outcome after `failure`, or undefined when it does not apply (nothing is sent). */
export async function tls12CheckFor(failure: Failure, settings: Settings): Promise<Tls12Check | undefined> {
  const url = tls12CheckTarget(failure, settings);
  if (url === undefined) return undefined;
  const origin = __BROWSER__ === 'firefox' && settings.reprobe ? httpsOriginOf(failure.url) : '';
  const [check, site] = await Promise.all([probeSite(url), origin ? probeSite(origin) : undefined]);
  return tls12Outcome(check, failure, site && !site.ok ? site.errorCode : undefined);
}
