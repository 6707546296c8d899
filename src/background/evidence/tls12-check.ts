// The TLS 1.2 check (src/core/tls12-check.ts says what and why): one request to the configured
// TLS-1.2-only endpoint, sent like every probe (probe.ts: HEAD, no credentials, no redirects
// followed, a timeout), its outcome read through webRequest.
import type { Failure, Tls12Check } from '../../core/evidence';
import type { Settings } from '../../core/settings';
import { tls12CheckTarget, tls12Outcome } from '../../core/tls12-check';
import { probeSite } from './other-site-probe';

/** The check's outcome after `failure`, or undefined when it does not apply (nothing is sent). */
export async function tls12CheckFor(failure: Failure, settings: Settings): Promise<Tls12Check | undefined> {
  const url = tls12CheckTarget(failure, settings);
  return url === undefined ? undefined : tls12Outcome(await probeSite(url));
}
