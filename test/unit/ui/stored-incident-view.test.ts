// The troubleshooter's first look at an incident (src/ui/stored-incident-view.ts): the stored
// record, validated and diagnosed in the page, gives the view the background answers with.
import { describe, expect, it } from 'vitest';
import { incidentView } from '../../../src/platform/incident-view';
import { storedIncidentView } from '../../../src/ui/stored-incident-view';
import { expiredCertIncident } from '../../fixtures/incident';

const incident = expiredCertIncident({ url: 'https://expired.hd.test/', time: Date.UTC(2026, 5, 1) });

describe('storedIncidentView', () => {
  it('is the view the background answers with, verdict and override included', () => {
    const view = storedIncidentView(structuredClone(incident));
    expect(view).toEqual(incidentView(incident));
    expect(view?.diagnosis).toMatchObject({ errorCode: 'net::ERR_CERT_DATE_INVALID', kind: 'cert-date' });
    expect(view?.browserOverride).toBe(true);
  });

  it('shows nothing for a missing or corrupt record, as the background does', () => {
    expect(storedIncidentView(undefined)).toBeUndefined();
    expect(storedIncidentView({ ...incident, tabId: 'seven' })).toBeUndefined();
    expect(
      storedIncidentView({ ...incident, evidence: { ...incident.evidence, failure: { ...incident.evidence.failure, kind: 'nope' } } }),
    ).toBeUndefined();
  });
});
