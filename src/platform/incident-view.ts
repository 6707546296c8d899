// An incident as the surfaces show it. The background answers pages with it; the troubleshooter
// also builds it itself from the stored record, to show its verdict before the background answers.
import { diagnose } from '../core/diagnose';
import type { Incident } from '../core/incident';
import type { IncidentView } from '../core/views';
import { browserOffersOverride } from './catalog';

export function incidentView(incident: Incident): IncidentView {
  const diagnosis = diagnose(incident.evidence);
  return { incident, diagnosis, browserOverride: browserOffersOverride(diagnosis.errorCode) ?? null };
}
