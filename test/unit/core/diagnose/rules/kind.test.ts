import { describe, expect, it } from 'vitest';
import { clientCert, interrupted, siteCertificateDefault, siteConfiguration, tlsUnknown } from '../../../../../src/core/diagnose';
import { DAY, MIN, T0, evidence, recent, finding } from '../helpers';

describe('site-certificate-default', () => {
  it('blames the site moderately for date, untrusted and invalid certificates', () => {
    const checked = { otherSiteProbe: { status: 'done' as const, results: [] } };
    for (const kind of ['cert-date', 'cert-untrusted', 'cert-invalid'] as const) {
      const f = siteCertificateDefault(evidence(kind, checked), T0);
      expect(f).toMatchObject({ rule: 'site-certificate-default', cause: 'site-certificate', confidence: 0.45 });
      expect(f?.evidence[1]).toEqual({ key: 'ev_no_local_signal' });
    }
    expect(siteCertificateDefault(evidence('cert-untrusted'), T0)?.evidence[0]).toEqual({
      key: 'ev_cert_untrusted',
      subs: ['broken.example'],
    });
  });

  it('says this side was not checked, rather than that nothing points at it, when no check answered', () => {
    expect(siteCertificateDefault(evidence('cert-date'), T0)?.evidence[1]).toEqual({ key: 'ev_local_not_checked' });
    const off = { otherSiteProbe: { status: 'disabled' as const, results: [] } };
    expect(siteCertificateDefault(evidence('cert-date', off), T0)?.evidence[1]).toEqual({ key: 'ev_local_not_checked' });
    const clock = { skewMs: 1_000, samples: 3, sources: ['a.example', 'b.example'] };
    expect(siteCertificateDefault(evidence('cert-date', { clock }), T0)?.evidence[1]).toEqual({ key: 'ev_no_local_signal' });
  });

  it('blames the site more for name, revoked and weak certificates', () => {
    for (const kind of ['cert-name', 'cert-revoked', 'cert-weak'] as const) {
      expect(siteCertificateDefault(evidence(kind), T0)?.confidence).toBe(0.65);
    }
  });

  it('stands down when a local signal other than Date headers is present', () => {
    const proxy = { levelOfControl: 'controlled_by_other_extensions' as const };
    expect(siteCertificateDefault(evidence('cert-untrusted', { proxy }), T0)).toBeNull();
  });

  it('stays under a strong clock finding (Date headers alone), saying the clock reading is no proof', () => {
    const clock = { skewMs: -730 * DAY, samples: 6, sources: ['a.example', 'b.example', 'c.example'] };
    expect(siteCertificateDefault(evidence('cert-date', { clock }), T0)).toMatchObject({
      cause: 'site-certificate',
      confidence: 0.45,
      evidence: [{ key: 'ev_cert_date', subs: ['broken.example'] }, { key: 'ev_clock_not_proof' }],
    });
  });

  it('stays when the local hint is weak (one clock source)', () => {
    const clock = { skewMs: -730 * DAY, samples: 1, sources: ['a.example'] };
    expect(siteCertificateDefault(evidence('cert-date', { clock }), T0)?.confidence).toBe(0.45);
  });

  it('does not fire for non-certificate kinds', () => {
    expect(siteCertificateDefault(evidence('protocol-mismatch'), T0)).toBeNull();
    expect(siteCertificateDefault(evidence('interception-detected'), T0)).toBeNull();
  });
});

describe('site-configuration', () => {
  it('blames the site setup for protocol failures', () => {
    expect(siteConfiguration(evidence('protocol-mismatch'), T0)).toMatchObject(
      finding('site-configuration', 0.45, 'ev_protocol_mismatch', ['broken.example']),
    );
    expect(siteConfiguration(evidence('protocol-error'), T0)?.evidence).toEqual([{ key: 'ev_protocol_error', subs: ['broken.example'] }]);
  });

  it('does not fire for other kinds', () => {
    expect(siteConfiguration(evidence('cert-date'), T0)).toBeNull();
  });
});

describe('interrupted', () => {
  it('blames the network moderately', () => {
    expect(interrupted(evidence('handshake-interrupted'), T0)).toMatchObject(finding('network', 0.45, 'ev_interrupted'));
  });

  it('is stronger when 2+ other sites were cut off recently', () => {
    const e = evidence('handshake-interrupted', {
      recentFailures: recent('handshake-interrupted', ['a.example', 'b.test', 'broken.example']),
    });
    const f = interrupted(e, T0);
    expect(f?.confidence).toBe(0.7);
    expect(f?.evidence).toEqual([{ key: 'ev_interrupted' }, { key: 'ev_interrupted_others', subs: ['2', '10'] }]);
  });

  it('does not count the same site, old failures, or other kinds', () => {
    const same = recent('handshake-interrupted', ['broken.example', 'www.broken.example', 'a.example']);
    expect(interrupted(evidence('handshake-interrupted', { recentFailures: same }), T0)?.confidence).toBe(0.45);
    const old = recent('handshake-interrupted', ['a.example', 'b.test'], 20 * MIN);
    expect(interrupted(evidence('handshake-interrupted', { recentFailures: old }), T0)?.confidence).toBe(0.45);
    expect(interrupted(evidence('cert-date', { recentFailures: recent('handshake-interrupted', ['a.example', 'b.test']) }), T0)).toBeNull();
  });
});

describe('client-cert', () => {
  it('fires for client-cert only', () => {
    expect(clientCert(evidence('client-cert'), T0)).toMatchObject(finding('client-certificate', 0.8, 'ev_client_cert', ['broken.example']));
    expect(clientCert(evidence('cert-untrusted'), T0)).toBeNull();
  });
});

describe('tls-unknown', () => {
  it('says the error was not recognised', () => {
    expect(tlsUnknown(evidence('tls-unknown'), T0)).toMatchObject(finding('unknown', 0.3, 'ev_tls_unknown'));
    expect(tlsUnknown(evidence('cert-date'), T0)).toBeNull();
  });
});
