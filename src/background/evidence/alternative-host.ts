// "Did you mean www.?": after a page failed with a name mismatch, ask the other form of its host
// (`www.` added or removed, same port; src/core/alternative-host.ts) at its origin only, with the
// probe's request (probe.ts: `HEAD`, no cookies, no referrer, no redirect followed). Any HTTP
// answer, a redirect included, means the browser accepted that name's certificate. Under the
// re-probe switch: it asks the same site's owner, under its other name.
import { alternativeUrl, otherHostForm } from '../../core/alternative-host';
import type { AlternativeHost, Failure } from '../../core/evidence';
import type { Settings } from '../../core/settings';
import { probeOrigin } from '../probe';

export async function alternativeHostFor(failure: Failure, settings: Settings): Promise<AlternativeHost | undefined> {
  if (failure.kind !== 'cert-name' || !settings.reprobe) return undefined;
  const host = otherHostForm(failure.url);
  if (!host) return undefined;
  const { ok } = await probeOrigin(alternativeUrl(failure.url, host));
  return { host, answered: ok };
}
