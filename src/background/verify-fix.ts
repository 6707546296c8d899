// "Did this fix it?": ask the failed site's origin again from the background (probe.ts: `HEAD /`,
// no cookies, the failed URL's path never replayed) and compare the answer with the error the
// incident recorded. The tab stays where it is.
import type { Incident } from '../core/incident';
import type { FixCheck } from '../core/views';
import { classify } from '../platform/catalog';
import { probeOrigin } from './probe';

export async function verifyFix(incident: Incident): Promise<FixCheck> {
  const { url, errorCode: before, rawError } = incident.evidence.failure;
  const recorded = before || rawError;
  const outcome = await probeOrigin(url);
  const checkedAt = Date.now();
  if (outcome.ok) return { outcome: 'fixed', before: recorded, errorCode: '', checkedAt };
  if (!outcome.error || outcome.error === 'timeout') return { outcome: 'unreachable', before: recorded, errorCode: '', checkedAt };
  const now = classify(outcome.error, url);
  const errorCode = now.errorCode || outcome.error;
  return { outcome: errorCode === recorded ? 'same' : 'changed', before: recorded, errorCode, kind: now.kind, checkedAt };
}
