// An incident as the surfaces show it: the background diagnoses, so pages and the banner carry
// neither the rules nor the catalog tables.
import { diagnose } from '../core/diagnose';
import type { Incident } from '../core/incident';
import type { IncidentView } from '../core/views';
import { browserOffersOverride } from '../platform/catalog';

export function incidentView(incident: Incident): IncidentView {
  const diagnosis = diagnose(incident.evidence);
  return { incident, diagnosis, browserOverride: browserOffersOverride(diagnosis.errorCode) ?? null };
}
