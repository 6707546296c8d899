import { describe, expect, it } from 'vitest';
import { reprobeOk, reprobeSame } from '../../../../../src/core/diagnose';
import { DAY, T0, evidence } from '../helpers';

describe('reprobe-same', () => {
  const same = (kind: Parameters<typeof evidence>[0]) => ({ reprobe: { status: 'failed' as const, kind, errorCode: 'x' } });

  it('marks the failure steady and attaches to the kind’s own cause', () => {
    expect(reprobeSame(evidence('cert-untrusted', same('cert-untrusted')), T0)).toMatchObject({
      rule: 'reprobe-same',
      cause: 'site-certificate',
      confidence: 0.15,
      evidence: [{ key: 'ev_reprobe_same' }],
    });
    expect(reprobeSame(evidence('handshake-interrupted', same('handshake-interrupted')), T0)).toMatchObject({
      cause: 'network',
      confidence: 0.3,
    });
    expect(reprobeSame(evidence('tls-unknown', same('tls-unknown')), T0)?.cause).toBe('unknown');
  });

  it('attaches to the strongest local signal when there is one', () => {
    const e = evidence('cert-date', {
      ...same('cert-date'),
      clock: { skewMs: -730 * DAY, samples: 9, sources: ['a.example', 'b.example', 'c.example'] },
    });
    expect(reprobeSame(e, T0)?.cause).toBe('system-clock');
  });

  it('does not fire for a different kind, success or no reprobe', () => {
    expect(reprobeSame(evidence('cert-untrusted', same('cert-date')), T0)).toBeNull();
    expect(reprobeSame(evidence('cert-untrusted', { reprobe: { status: 'failed' } }), T0)).toBeNull();
    expect(reprobeSame(evidence('cert-untrusted', { reprobe: { status: 'ok' } }), T0)).toBeNull();
    expect(reprobeSame(evidence('cert-untrusted'), T0)).toBeNull();
  });
});

describe('reprobe-ok', () => {
  it('points to a transient network problem and weakens the site causes', () => {
    const f = reprobeOk(evidence('cert-untrusted', { reprobe: { status: 'ok' } }), T0);
    expect(f).toMatchObject({
      rule: 'reprobe-ok',
      cause: 'network',
      confidence: 0.45,
      evidence: [{ key: 'ev_reprobe_ok', subs: ['broken.example'] }],
    });
    expect(f?.weakens?.map((w) => w.cause).sort()).toEqual(['client-certificate', 'site-certificate', 'site-configuration']);
  });

  it('does not fire when the reprobe failed, was skipped or is missing', () => {
    expect(reprobeOk(evidence('cert-untrusted', { reprobe: { status: 'failed', kind: 'cert-untrusted' } }), T0)).toBeNull();
    expect(reprobeOk(evidence('cert-untrusted', { reprobe: { status: 'skipped' } }), T0)).toBeNull();
    expect(reprobeOk(evidence('cert-untrusted'), T0)).toBeNull();
  });
});
