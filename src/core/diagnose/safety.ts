// The safe action first: whether the connection to the site can be trusted, and which way out the
// page offers first. Chrome's interstitial leads with "Back to safety", Firefox's with "Go Back
// (Recommended)"; reloading a site that may be impersonated invites entering passwords there.
import { hostScope } from '../host-scope';
import { CERTIFICATE_KINDS } from '../kinds';
import type { Diagnosis } from './types';

/**
 * The connection cannot be trusted: a certificate was refused (whoever answered may not be the
 * site) or something is getting in the middle. The page then tells the person not to enter
 * passwords or card numbers, whatever the verdict, a wrong clock included.
 */
export const connectionUntrusted = (d: Pick<Diagnosis, 'kind' | 'causes'>): boolean =>
  CERTIFICATE_KINDS.has(d.kind) || d.kind === 'interception-detected' || d.causes[0]?.cause === 'interception';

/** The first, primary button: "Go back" where the site may be impersonated or only its owner can fix it. */
export type PrimaryAction = 'back' | 'reload';

export function primaryAction(d: Pick<Diagnosis, 'kind' | 'causes'>): PrimaryAction {
  const top = d.causes[0]?.cause;
  return connectionUntrusted(d) || top === 'site-certificate' || top === 'site-configuration' ? 'back' : 'reload';
}

/**
 * The steps advise against continuing past the browser's warning: an organisation's site, whose IT
 * department fixes it (steps/host-scope.ts). The note beside "Show the browser's own warning" must
 * then not invite continuing.
 */
export const advisesAgainstBypass = (d: Pick<Diagnosis, 'host'>): boolean => hostScope(d.host) === 'organisation';
