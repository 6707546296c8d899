import { describe, expect, it } from 'vitest';
import { captivePortalCheck, diagnose } from '../../../../../src/core/diagnose';
import type { FailureKind } from '../../../../../src/core/kinds';
import { T0, evidence, recent } from '../helpers';

const portal = { captivePortal: { state: 'portal' as const, signIn: 'http://portal.example/login?ap=3' } };

describe('captive-portal-check', () => {
  it('names the portal, with the sign-in page’s host, and weakens the causes a portal imitates', () => {
    expect(captivePortalCheck(evidence('cert-untrusted', portal), T0)).toMatchObject({
      rule: 'captive-portal-check',
      cause: 'captive-portal',
      confidence: 0.9,
      evidence: [{ key: 'ev_captive_portal_redirect', subs: ['portal.example'] }],
      weakens: expect.arrayContaining([
        { cause: 'interception', factor: 0.2 },
        { cause: 'site-certificate', factor: 0.2 },
      ]) as unknown,
    });
  });

  it('says "holding connections" when Firefox reported the portal without an address', () => {
    const e = evidence('cert-name', { captivePortal: { state: 'portal' } });
    expect(captivePortalCheck(e, T0)?.evidence).toEqual([{ key: 'ev_captive_portal' }]);
  });

  it.each(['cert-untrusted', 'cert-name', 'cert-date', 'handshake-interrupted', 'protocol-error'] as FailureKind[])(
    'fires for %s',
    (kind) => {
      expect(captivePortalCheck(evidence(kind, portal), T0)?.cause).toBe('captive-portal');
    },
  );

  it.each(['protocol-mismatch', 'client-cert'] as FailureKind[])('does not fire for %s: a portal does not cause it', (kind) => {
    expect(captivePortalCheck(evidence(kind, portal), T0)).toBeNull();
  });

  it.each(['online', 'not-portal', 'unknown'] as const)('does not fire when the check answered %s', (state) => {
    expect(captivePortalCheck(evidence('cert-untrusted', { captivePortal: { state } }), T0)).toBeNull();
  });

  it('does not fire without a check', () => {
    expect(captivePortalCheck(evidence('cert-untrusted'), T0)).toBeNull();
  });
});

describe('a portal in the diagnosis', () => {
  // What a portal answering for every host looks like: the same untrusted issuer on many sites.
  const everywhere = { recentFailures: recent('cert-untrusted', ['a.example', 'b.example', 'c.example', 'd.example', 'e.example']) };

  it('outranks interception and the site certificate', () => {
    const d = diagnose(evidence('cert-untrusted', { ...everywhere, ...portal }));
    expect(d.causes[0]?.cause).toBe('captive-portal');
    expect(d.uncertain).toBe(false);
    expect(d.causes.find((c) => c.cause === 'interception')?.confidence).toBeLessThan(0.2);
  });

  it('is a local signal: the site-certificate default ("nothing points to your network") stands down', () => {
    const d = diagnose(evidence('cert-untrusted', portal));
    expect(d.causes.map((c) => c.rule)).not.toContain('site-certificate-default');
    expect(d.causes.flatMap((c) => c.evidence).map((l) => l.key)).not.toContain('ev_no_local_signal');
  });

  it('leaves the verdict alone when the check found no portal (a proxy’s 403), or could not tell', () => {
    expect(diagnose(evidence('cert-untrusted', { ...everywhere, captivePortal: { state: 'not-portal' } })).causes[0]?.cause).toBe(
      'interception',
    );
    expect(diagnose(evidence('cert-untrusted', { captivePortal: { state: 'unknown' } })).causes[0]?.cause).toBe('site-certificate');
    expect(diagnose(evidence('cert-untrusted', { captivePortal: { state: 'online' } })).causes[0]?.cause).toBe('site-certificate');
  });
});
