import { beforeEach, expect, test, vi } from 'vitest';
import type { CaptivePortal, Evidence, InterceptionMatch, OtherSiteProbe, Tls12Check } from '../../../../src/core/evidence';
import type { Incident } from '../../../../src/core/incident';
import { DEFAULT_SETTINGS } from '../../../../src/core/settings';

const probe: OtherSiteProbe = { status: 'done', results: [{ host: 'icpt-1.hd.test', ok: true }] };
let latest: InterceptionMatch | undefined;
let tls12: Tls12Check | undefined;
let portal: CaptivePortal | undefined;
let stored: Evidence;

vi.mock('../../../../src/background/evidence/proxy-evidence', () => ({ readProxyState: () => Promise.resolve(undefined) }));
vi.mock('../../../../src/background/evidence/clock', () => ({ clockEvidenceFor: () => Promise.resolve(undefined) }));
vi.mock('../../../../src/background/evidence/other-site-probe', () => ({ otherSiteProbeFor: () => Promise.resolve(probe) }));
vi.mock('../../../../src/background/evidence/tls12-check', () => ({ tls12CheckFor: () => Promise.resolve(tls12) }));
vi.mock('../../../../src/background/evidence/captive-portal', () => ({ portalCheckFor: () => Promise.resolve(portal) }));
vi.mock('../../../../src/background/firefox/interception-evidence', () => ({ latestInterception: () => Promise.resolve(latest) }));
vi.mock('../../../../src/background/evidence/update-evidence', () => ({
  updateIncidentEvidence: (_id: string, update: (e: Evidence) => Evidence) => {
    stored = update(stored);
    return Promise.resolve(true);
  },
}));

const { gatherMoreEvidence } = await import('../../../../src/background/evidence/gather');

const incident = (over: Partial<Evidence['failure']> = {}): Incident =>
  ({
    id: 'i1',
    evidence: { failure: { kind: 'cert-untrusted', frame: 'main', host: 'untrusted-root.hd.test', ...over } },
  }) as unknown as Incident;

beforeEach(() => {
  latest = undefined;
  tls12 = undefined;
  portal = undefined;
  stored = { failure: incident().evidence.failure } as Evidence;
});

test('the other-site probe result is stored; an interception match the round read comes with it', async () => {
  await gatherMoreEvidence(incident(), DEFAULT_SETTINGS);
  expect(stored.otherSiteProbe).toEqual(probe);
  expect(stored.interception).toBeUndefined();

  latest = { product: 'BadSSL Antivirus', issuer: 'CN=BadSSL MITM Software Test', host: 'icpt-1.hd.test' };
  await gatherMoreEvidence(incident(), DEFAULT_SETTINGS);
  expect(stored.interception).toEqual(latest);
});

test('an interception already in the evidence stays when the round read none', async () => {
  const earlier = { product: 'P', issuer: 'CN=P', host: 'a.example' };
  stored = { ...stored, interception: earlier };
  await gatherMoreEvidence(incident(), DEFAULT_SETTINGS);
  expect(stored.interception).toEqual(earlier);
});

test('nothing is gathered for failures in frames or for non-TLS failures', async () => {
  await gatherMoreEvidence(incident({ frame: 'sub' } as Partial<Evidence['failure']>), DEFAULT_SETTINGS);
  await gatherMoreEvidence(incident({ kind: 'not-tls' }), DEFAULT_SETTINGS);
  expect(stored.otherSiteProbe).toBeUndefined();
});

test('the TLS 1.2 check outcome is stored when the check ran, and nothing when it did not apply', async () => {
  await gatherMoreEvidence(incident({ kind: 'protocol-mismatch' }), DEFAULT_SETTINGS);
  expect(stored.tls12Check).toBeUndefined();
  tls12 = { outcome: 'refused', host: 'tls-v1-2.badssl.com', errorCode: 'SSL_ERROR_PROTOCOL_VERSION_ALERT' };
  await gatherMoreEvidence(incident({ kind: 'protocol-mismatch' }), DEFAULT_SETTINGS);
  expect(stored.tls12Check).toEqual(tls12);
});

test('the captive-portal check answer is stored; none (probes off) stores nothing', async () => {
  await gatherMoreEvidence(incident(), DEFAULT_SETTINGS);
  expect(stored.captivePortal).toBeUndefined();
  portal = { state: 'portal', signIn: 'http://portal.example/login' };
  await gatherMoreEvidence(incident(), DEFAULT_SETTINGS);
  expect(stored.captivePortal).toEqual(portal);
});
