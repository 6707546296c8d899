// "Is there a local signal?": the strongest finding that blames this computer or network rather
// than the site. The site-certificate default and the reprobe rule consult it.
import type { Evidence } from '../../evidence';
import type { Rule, RuleFinding } from '../types';
import { THRESHOLDS } from '../thresholds';
import { captivePortalCheck } from './captive-portal';
import { clockSkew, manyDateFailures } from './clock';
import { interceptionIssuer, proxyByExtension, sharedUntrustedIssuer } from './interception';
import { otherSitesFail } from './probes';

/** Rules whose findings point away from the site, at this computer or network. */
export const LOCAL_SIGNAL_RULES: readonly Rule[] = [
  captivePortalCheck,
  clockSkew,
  manyDateFailures,
  sharedUntrustedIssuer,
  interceptionIssuer,
  proxyByExtension,
  otherSitesFail,
];

/**
 * The strongest local finding at or above `THRESHOLDS.siteDefault.localSignalMin`, or null. Rules
 * in `except` are not consulted.
 */
export function strongestLocalSignal(e: Evidence, now: number, except: readonly Rule[] = []): RuleFinding | null {
  let best: RuleFinding | null = null;
  for (const rule of LOCAL_SIGNAL_RULES) {
    if (except.includes(rule)) continue;
    const f = rule(e, now);
    if (f && f.confidence >= THRESHOLDS.siteDefault.localSignalMin && (!best || f.confidence > best.confidence)) best = f;
  }
  return best;
}
