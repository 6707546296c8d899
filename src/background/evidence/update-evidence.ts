// Read-modify-write of a stored incident's evidence, through the write queue so concurrent
// updates (re-probe, other-site probe, clock, proxy) never overwrite each other.
import type { Evidence } from '../../core/evidence';
import { readIncident, writeIncident } from '../session-store';
import { enqueue } from '../write-queue';

/** Applies `update` to the stored incident's evidence, if the incident still exists. */
export function updateIncidentEvidence(incidentId: string, update: (e: Evidence) => Evidence): Promise<boolean> {
  return enqueue(async () => {
    const incident = await readIncident(incidentId);
    if (!incident) return false;
    await writeIncident({ ...incident, evidence: update(incident.evidence) });
    return true;
  });
}
