// The incident as the troubleshooter can show it straight from storage.session, before any message
// round trip: validated as the background validates what it reads, diagnosed by the same pure core,
// so the verdict it paints is the one the background's answer then confirms.
import { parseIncident } from '../core/incident';
import type { IncidentView } from '../core/views';
import { incidentView } from '../platform/incident-view';

/** The view of a stored incident record; undefined when nothing usable is stored. */
export function storedIncidentView(stored: unknown): IncidentView | undefined {
  const incident = parseIncident(stored);
  return incident && incidentView(incident);
}
