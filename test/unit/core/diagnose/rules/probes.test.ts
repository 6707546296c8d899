import { describe, expect, it } from 'vitest';
import { otherSitesFail, otherSitesFine } from '../../../../../src/core/diagnose';
import type { ProbeResult } from '../../../../../src/core/evidence';
import { T0, evidence } from '../helpers';

const probe = (results: ProbeResult[], status: 'done' | 'disabled' | 'skipped' = 'done') => ({ otherSiteProbe: { status, results } });
const fine = (n: number): ProbeResult[] => Array.from({ length: n }, (_, i) => ({ host: `ok${i}.example`, ok: true }));
const failed = (host: string, kind: ProbeResult['kind'] = 'cert-untrusted'): ProbeResult => ({ host, ok: false, kind, errorCode: 'x' });

describe('other-sites-fine', () => {
  it('boosts the site cause for each kind family', () => {
    expect(otherSitesFine(evidence('cert-date', probe(fine(3))), T0)).toMatchObject({
      rule: 'other-sites-fine',
      cause: 'site-certificate',
      confidence: 0.5,
      evidence: [{ key: 'ev_other_sites_fine', subs: ['3'] }],
    });
    expect(otherSitesFine(evidence('protocol-mismatch', probe(fine(2))), T0)?.cause).toBe('site-configuration');
    expect(otherSitesFine(evidence('protocol-error', probe(fine(2))), T0)?.cause).toBe('site-configuration');
    expect(otherSitesFine(evidence('client-cert', probe(fine(2))), T0)?.cause).toBe('client-certificate');
    expect(otherSitesFine(evidence('handshake-interrupted', probe(fine(2))), T0)).toMatchObject({
      cause: 'site-configuration',
      confidence: 0.2,
    });
  });

  it('names the one site when only one was probed, with less weight', () => {
    expect(otherSitesFine(evidence('cert-name', probe(fine(1))), T0)).toMatchObject({
      confidence: 0.35,
      evidence: [{ key: 'ev_other_sites_fine_one', subs: ['ok0.example'] }],
    });
  });

  it('does not fire when any probe failed, the probe did not run, or for kinds with no site cause', () => {
    expect(otherSitesFine(evidence('cert-date', probe([...fine(2), failed('bad.example')])), T0)).toBeNull();
    expect(otherSitesFine(evidence('cert-date', probe(fine(3), 'disabled')), T0)).toBeNull();
    expect(otherSitesFine(evidence('cert-date', probe([])), T0)).toBeNull();
    expect(otherSitesFine(evidence('cert-date'), T0)).toBeNull();
    expect(otherSitesFine(evidence('tls-unknown', probe(fine(3))), T0)).toBeNull();
    expect(otherSitesFine(evidence('interception-detected', probe(fine(3))), T0)).toBeNull();
  });
});

describe('other-sites-fail', () => {
  const half = [failed('a.example'), failed('b.example'), ...fine(2)];

  it('maps each kind to its local cause', () => {
    const cases = [
      ['cert-untrusted', 'interception'],
      ['cert-invalid', 'interception'],
      ['cert-date', 'system-clock'],
      ['handshake-interrupted', 'network'],
      ['protocol-error', 'network'],
      ['protocol-mismatch', 'browser-settings'],
    ] as const;
    for (const [kind, cause] of cases) {
      expect(otherSitesFail(evidence(kind, probe(half)), T0)).toMatchObject({
        rule: 'other-sites-fail',
        cause,
        confidence: 0.7,
        evidence: [{ key: 'ev_other_sites_fail', subs: ['2', '4'] }],
      });
    }
  });

  it('weighs a single failing probe less', () => {
    expect(otherSitesFail(evidence('cert-untrusted', probe([failed('a.example')])), T0)?.confidence).toBe(0.55);
  });

  it('needs at least half failing, with TLS kinds', () => {
    expect(otherSitesFail(evidence('cert-untrusted', probe([failed('a.example'), ...fine(2)])), T0)).toBeNull();
    const dns = [failed('a.example', 'not-tls'), failed('b.example', 'not-tls'), ...fine(1)];
    expect(otherSitesFail(evidence('cert-untrusted', probe(dns)), T0)).toBeNull();
    const noKind: ProbeResult[] = [
      { host: 'a.example', ok: false },
      { host: 'b.example', ok: false },
    ];
    expect(otherSitesFail(evidence('cert-untrusted', probe(noKind)), T0)).toBeNull();
    expect(otherSitesFail(evidence('cert-untrusted', probe(fine(3))), T0)).toBeNull();
    expect(otherSitesFail(evidence('cert-untrusted', probe(half, 'skipped')), T0)).toBeNull();
  });

  it('has no local cause for per-site kinds', () => {
    expect(otherSitesFail(evidence('client-cert', probe(half)), T0)).toBeNull();
    expect(otherSitesFail(evidence('cert-revoked', probe(half)), T0)).toBeNull();
  });
});
