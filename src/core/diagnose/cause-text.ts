// The text of each cause in diagnosis.json, keyed by the cause's name ('system-clock' →
// verdict_system_clock): a cause without its verdict, title or explanation is a type error.
import { hostScope } from '../host-scope';
import type { Cause } from '../kinds';
import { keyPart } from '../message-key';
import { text, type Text } from '../text';

/**
 * One sentence naming the cause as the verdict for `host`. A site cause on a host that is not a
 * public site names who fixes it instead of "the site's owner" (verdict_home_device_site_certificate…).
 */
export const verdictText = (cause: Cause, host: string): Text => {
  const scope = hostScope(host);
  if (scope !== 'public' && (cause === 'site-certificate' || cause === 'site-configuration'))
    return text(`verdict_${keyPart(scope)}_${keyPart(cause)}`, host);
  return text(`verdict_${keyPart(cause)}`, host);
};
/** Whose server `host` is, in one paragraph, when it is not a public site (shown in place of the kind's explanation). */
export const scopeAbout = (host: string): Text | null => {
  const scope = hostScope(host);
  return scope === 'public' ? null : text(`verdict_${keyPart(scope)}_about`, host);
};
/** A short name for the cause ("Your computer's clock"). */
export const causeTitle = (cause: Cause): Text => text(`cause_${keyPart(cause)}_title`);
/** One sentence on what the cause means in general. */
export const causeAbout = (cause: Cause): Text => text(`cause_${keyPart(cause)}_about`);
