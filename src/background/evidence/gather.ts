// Evidence gathered after a main-frame TLS failure is recorded, each piece written into the
// stored incident as it arrives (the troubleshooter re-renders on storage changes): the proxy
// state, the clock, the other-site probe, the captive-portal check, the TLS 1.2 check, and after a
// name mismatch the other form of the host. The re-probe of the failed URL is reprobe.ts.
// Nothing here runs for non-TLS failures or for failures in frames.
import type { Incident } from '../../core/incident';
import type { Settings } from '../../core/settings';
import { latestInterception } from '../firefox/interception-evidence';
import { alternativeHostFor } from './alternative-host';
import { portalCheckFor } from './captive-portal';
import { clockEvidenceFor } from './clock';
import { otherSiteProbeFor } from './other-site-probe';
import { readProxyState } from './proxy-evidence';
import { tls12CheckFor } from './tls12-check';
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
    alternativeHostFor(failure, settings)
      .then((alternativeHost) => alternativeHost && updateIncidentEvidence(id, (e) => ({ ...e, alternativeHost })))
      .catch(log),
    tls12CheckFor(failure, settings)
      .then((tls12Check) => tls12Check && updateIncidentEvidence(id, (e) => ({ ...e, tls12Check })))
      .catch(log),
    portalCheckFor(failure, settings)
      .then((captivePortal) => captivePortal && updateIncidentEvidence(id, (e) => ({ ...e, captivePortal })))
      .catch(log),
  ]);
}
