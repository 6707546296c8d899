// Read-modify-write of a stored incident's evidence, through the write queue so concurrent
// updates (re-probe, other-site probe, clock, proxy) never overwrite each other; the incident's
// history entry follows.
import type { Evidence } from '../../core/evidence';
import { refreshHistory } from '../history-store';
import { readIncident, writeIncident } from '../session-store';
import { enqueue } from '../write-queue';

/** Applies `update` to the stored incident's evidence, if the incident still exists. */
export function updateIncidentEvidence(incidentId: string, update: (e: Evidence) => Evidence): Promise<boolean> {
  return enqueue(async () => {
    const incident = await readIncident(incidentId);
    if (!incident) return false;
    const updated = { ...incident, evidence: update(incident.evidence) };
    await writeIncident(updated);
    // Not awaited: the history has its own queue, and the probes' writes need not wait for it.
    refreshHistory(updated).catch(() => undefined);
    return true;
  });
}
