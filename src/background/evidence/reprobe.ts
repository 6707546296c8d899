// The re-probe: the failed site asked again after the incident is recorded, so the troubleshooter
// opens at once and fills in as the answer arrives (it re-renders on storage changes). It asks the
// origin only (probe.ts): the failed URL itself is never requested again.
import { classify } from '../../platform/catalog';
import type { Reprobe } from '../../core/evidence';
import { VAGUE_KINDS } from '../../core/kinds';
import type { Settings } from '../../core/settings';
import { probeOrigin } from '../probe';
import { testPause } from '../test-hooks';
import { updateIncidentEvidence } from './update-evidence';

async function reprobeOnce(url: string): Promise<Reprobe> {
  const outcome = await probeOrigin(url);
  if (outcome.ok) return { status: 'ok' };
  if (!outcome.error || outcome.error === 'timeout') return { status: 'skipped' };
  const c = classify(outcome.error, url);
  return { status: 'failed', errorCode: c.errorCode, kind: c.kind };
}

/**
 * Ask the failed site again: the same error means a steady fault; success means a passing one.
 * `allowed` false (a sub-resource the extension does not probe, or a page over its probe cap)
 * records the re-probe as skipped without any request.
 */
export async function reprobeFailedUrl(incidentId: string, url: string, settings: Settings, allowed = true): Promise<void> {
  let reprobe: Reprobe;
  if (!settings.reprobe) reprobe = { status: 'disabled' };
  else if (!allowed) reprobe = { status: 'skipped' };
  else {
    if (__TEST_BUILD__) await testPause('during-probe');
    reprobe = await reprobeOnce(url);
    // A bare broken connection says little: Chromium reports a client-certificate server as
    // ERR_SOCKET_NOT_CONNECTED about half the time and names it on another try (measured).
    // One more attempt, for that case only, keeps the probe bounded.
    if (reprobe.status === 'failed' && reprobe.kind && VAGUE_KINDS.has(reprobe.kind)) {
      const again = await reprobeOnce(url);
      if (again.status === 'failed' && again.kind && !VAGUE_KINDS.has(again.kind)) reprobe = again;
    }
  }
  await updateIncidentEvidence(incidentId, (e) => ({ ...e, reprobe }));
}
