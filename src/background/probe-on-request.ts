// The checks a private window's failure waits for: the background probes from the normal
// profile, outside the private window, so they run only when the person asks from the
// troubleshooter (and only once per incident).
import type { Incident } from '../core/incident';
import { gatherMoreEvidence } from './evidence/gather';
import { reprobeFailedUrl } from './evidence/reprobe';
import { loadSettings } from './settings-store';

export async function probeOnRequest(incident: Incident): Promise<void> {
  if (!incident.incognito || incident.evidence.reprobe !== undefined) return;
  const settings = await loadSettings();
  await Promise.all([reprobeFailedUrl(incident.id, incident.evidence.failure.url, settings), gatherMoreEvidence(incident, settings)]);
}
