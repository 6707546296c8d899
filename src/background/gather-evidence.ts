// Evidence gathered after an incident is recorded, so the troubleshooter opens at once and
// fills in as answers arrive (it re-renders on storage changes).
import { classify } from '../platform/catalog';
import type { Evidence, Reprobe } from '../core/evidence';
import type { Settings } from '../core/settings';
import { probe } from './probe';
import { testPause } from './test-hooks';
import { readIncident, writeIncident } from './session-store';
import { enqueue } from './write-queue';

/** Applies `update` to the stored incident's evidence, if the incident still exists. */
function updateEvidence(incidentId: string, update: (e: Evidence) => Evidence): Promise<void> {
  return enqueue(async () => {
    const incident = await readIncident(incidentId);
    if (incident) await writeIncident({ ...incident, evidence: update(incident.evidence) });
  });
}

/** Fetch the failed URL again: the same error means a steady fault; success means a passing one. */
export async function reprobeFailedUrl(incidentId: string, url: string, settings: Settings): Promise<void> {
  let reprobe: Reprobe;
  if (!settings.reprobe) reprobe = { status: 'disabled' };
  else {
    if (__TEST_BUILD__) await testPause('during-probe');
    const outcome = await probe(url);
    if (outcome.ok) reprobe = { status: 'ok' };
    else if (!outcome.error || outcome.error === 'timeout') reprobe = { status: 'skipped' };
    else {
      const c = classify(outcome.error, url);
      reprobe = { status: 'failed', errorCode: c.errorCode, kind: c.kind };
    }
  }
  await updateEvidence(incidentId, (e) => ({ ...e, reprobe }));
}
