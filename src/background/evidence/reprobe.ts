// The re-probe: the failed URL fetched again after the incident is recorded, so the troubleshooter
// opens at once and fills in as the answer arrives (it re-renders on storage changes).
import { classify } from '../../platform/catalog';
import type { Reprobe } from '../../core/evidence';
import { VAGUE_KINDS } from '../../core/kinds';
import type { Settings } from '../../core/settings';
import { probe } from '../probe';
import { testPause } from '../test-hooks';
import { updateIncidentEvidence } from './update-evidence';

async function reprobeOnce(url: string): Promise<Reprobe> {
  const outcome = await probe(url);
  if (outcome.ok) return { status: 'ok' };
  if (!outcome.error || outcome.error === 'timeout') return { status: 'skipped' };
  const c = classify(outcome.error, url);
  return { status: 'failed', errorCode: c.errorCode, kind: c.kind };
}

/** Fetch the failed URL again: the same error means a steady fault; success means a passing one. */
export async function reprobeFailedUrl(incidentId: string, url: string, settings: Settings): Promise<void> {
  let reprobe: Reprobe;
  if (!settings.reprobe) reprobe = { status: 'disabled' };
  else {
    if (__TEST_BUILD__) await testPause('during-probe');
    reprobe = await reprobeOnce(url);
    // A broken connection says little: Chromium reports a client-certificate server as
    // ERR_SOCKET_NOT_CONNECTED about half the time and names it on another try (measured).
    // At most two more attempts keep the probe bounded.
    for (let retry = 0; retry < 2 && reprobe.status === 'failed' && reprobe.kind && VAGUE_KINDS.has(reprobe.kind); retry++) {
      const again = await reprobeOnce(url);
      if (again.status === 'failed' && again.kind && !VAGUE_KINDS.has(again.kind)) reprobe = again;
    }
  }
  await updateIncidentEvidence(incidentId, (e) => ({ ...e, reprobe }));
}
