import { describe, expect, it } from 'vitest';
import { diagnose, middlebox, tls13Downgrade } from '../../../../../src/core/diagnose';
import type { FailureKind } from '../../../../../src/core/kinds';
import { T0, evidence } from '../helpers';

const repeated = (kind: FailureKind) => ({ reprobe: { status: 'failed' as const, kind, errorCode: 'x' } });
const othersLoad = {
  otherSiteProbe: {
    status: 'done' as const,
    results: [
      { host: 'a.example', ok: true },
      { host: 'b.example', ok: true },
    ],
  },
};
const othersFail = {
  otherSiteProbe: {
    status: 'done' as const,
    results: [
      { host: 'a.example', ok: false, kind: 'handshake-interrupted' as const },
      { host: 'b.example', ok: false, kind: 'handshake-interrupted' as const },
    ],
  },
};

describe('middlebox', () => {
  it('names the network when the re-probe repeats a reset and other sites load', () => {
    expect(middlebox(evidence('handshake-interrupted', { ...repeated('handshake-interrupted'), ...othersLoad }), T0)).toEqual({
      rule: 'middlebox',
      cause: 'network',
      confidence: 0.75,
      evidence: [{ key: 'ev_middlebox', subs: ['broken.example'] }],
    });
  });

  it('counts a repeated protocol error too, with less weight', () => {
    expect(middlebox(evidence('protocol-error', { ...repeated('protocol-error'), ...othersLoad }), T0)?.confidence).toBe(0.7);
  });

  it('stays silent for a single unrepeated reset, a re-probe that loaded or failed otherwise', () => {
    expect(middlebox(evidence('handshake-interrupted', othersLoad), T0)).toBeNull();
    expect(middlebox(evidence('handshake-interrupted', { reprobe: { status: 'ok' }, ...othersLoad }), T0)).toBeNull();
    expect(middlebox(evidence('handshake-interrupted', { ...repeated('cert-untrusted'), ...othersLoad }), T0)).toBeNull();
    expect(middlebox(evidence('handshake-interrupted', { reprobe: { status: 'disabled' }, ...othersLoad }), T0)).toBeNull();
  });

  it('stays silent when other sites fail too, or were not probed', () => {
    expect(middlebox(evidence('handshake-interrupted', { ...repeated('handshake-interrupted'), ...othersFail }), T0)).toBeNull();
    expect(middlebox(evidence('handshake-interrupted', repeated('handshake-interrupted')), T0)).toBeNull();
    expect(
      middlebox(
        evidence('handshake-interrupted', { ...repeated('handshake-interrupted'), otherSiteProbe: { status: 'disabled', results: [] } }),
        T0,
      ),
    ).toBeNull();
  });

  it('ignores certificate and version failures', () => {
    for (const kind of ['cert-untrusted', 'protocol-mismatch', 'client-cert'] as const) {
      expect(middlebox(evidence(kind, { ...repeated(kind), ...othersLoad }), T0)).toBeNull();
    }
  });
});

describe('tls13-downgrade', () => {
  it('names the network for ERR_TLS13_DOWNGRADE_DETECTED and keeps interception, weakened', () => {
    expect(tls13Downgrade(evidence('interception-detected'), T0)).toMatchObject({
      cause: 'network',
      confidence: 0.85,
      evidence: [{ key: 'ev_tls13_downgrade' }],
      weakens: [{ cause: 'interception', factor: 0.6 }],
    });
  });

  it('ignores other interception-detected codes', () => {
    const blocked = evidence('interception-detected', {}, { errorCode: 'net::ERR_CERT_KNOWN_INTERCEPTION_BLOCKED' });
    expect(tls13Downgrade(blocked, T0)).toBeNull();
  });
});

describe('middlebox verdicts', () => {
  it('a repeated reset while other sites load: a firm network verdict from the middlebox rule', () => {
    const d = diagnose(evidence('handshake-interrupted', { ...repeated('handshake-interrupted'), ...othersLoad }));
    expect(d.uncertain).toBe(false);
    expect(d.causes[0]).toMatchObject({ cause: 'network', rule: 'middlebox' });
  });

  it('a single unrepeated reset stays hedged', () => {
    const d = diagnose(evidence('handshake-interrupted', othersLoad));
    expect(d.uncertain).toBe(true);
    expect(d.causes.some((c) => c.rule === 'middlebox')).toBe(false);
  });

  it('other sites cut off too: the network, but not the middlebox verdict', () => {
    const d = diagnose(evidence('handshake-interrupted', { ...repeated('handshake-interrupted'), ...othersFail }));
    expect(d.causes[0]?.cause).toBe('network');
    expect(d.causes[0]?.rule).not.toBe('middlebox');
  });

  it('a repeated protocol error while other sites load stays open between the network and the site', () => {
    const d = diagnose(evidence('protocol-error', { ...repeated('protocol-error'), ...othersLoad }));
    expect(d.uncertain).toBe(true);
    expect(d.causes.map((c) => c.cause).sort()).toEqual(['network', 'site-configuration']);
  });

  it('a TLS 1.3 downgrade: the network first, interception listed after it', () => {
    const d = diagnose(evidence('interception-detected'));
    expect(d.causes.map((c) => c.cause)).toEqual(['network', 'interception']);
    expect(d.causes[0]?.rule).toBe('tls13-downgrade');
  });
});
