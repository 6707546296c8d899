// Evidence gathered after a main-frame TLS failure is recorded, each piece written into the
// stored incident as it arrives (the troubleshooter re-renders on storage changes): the proxy
// state, the clock, the other-site probe and the captive-portal check. The re-probe of the failed URL is reprobe.ts.
// Nothing here runs for non-TLS failures or for failures in frames.
import type { Incident } from '../../core/incident';
import type { Settings } from '../../core/settings';
import { latestInterception } from '../firefox/interception-evidence';
import { portalCheckFor } from './captive-portal';
import { clockEvidenceFor } from './clock';
import { otherSiteProbeFor } from './other-site-probe';
import { readProxyState } from './proxy-evidence';
import { updateIncidentEvidence } from './update-evidence';

const log = (error: unknown) => console.warn('[handshake-doctor] evidence', error);

export async function gatherMoreEvidence(incident: Incident, settings: Settings): Promise<void> {
  const { id } = incident;
  const failure = incident.evidence.failure;
  if (failure.kind === 'not-tls' || failure.frame !== 'main') return;
  await Promise.all([
    readProxyState()
      .then((proxy) => proxy && updateIncidentEvidence(id, (e) => ({ ...e, proxy })))
      .catch(log),
    clockEvidenceFor(failure, settings, (clock) => updateIncidentEvidence(id, (e) => ({ ...e, clock })))
      .then((clock) => clock && updateIncidentEvidence(id, (e) => ({ ...e, clock })))
      .catch(log),
    otherSiteProbeFor(failure, settings)
      // Firefox: the round may have read an interception issuer from the probes' certificates.
      .then(async (otherSiteProbe) => {
        const interception = await latestInterception(Date.now());
        return updateIncidentEvidence(id, (e) => ({ ...e, otherSiteProbe, ...(interception ? { interception } : {}) }));
      })
      .catch(log),
    portalCheckFor(failure, settings)
      .then((captivePortal) => captivePortal && updateIncidentEvidence(id, (e) => ({ ...e, captivePortal })))
      .catch(log),
  ]);
}
