import { describe, expect, it } from 'vitest';
import {
  diagnose,
  homeDevice,
  organisationSite,
  otherSitesFail,
  otherSitesFine,
  scopeAbout,
  sharedUntrustedIssuer,
  thisComputer,
} from '../../../../../src/core/diagnose';
import type { FailureKind } from '../../../../../src/core/kinds';
import type { ProbeResult } from '../../../../../src/core/evidence';
import { T0, evidence, keysOf } from '../helpers';

const on = (host: string, kind: FailureKind, rest: Parameters<typeof evidence>[1] = {}) => evidence(kind, rest, { host });
const probe = (results: ProbeResult[]) => ({ otherSiteProbe: { status: 'done' as const, results } });
const fine = (n: number): ProbeResult[] => Array.from({ length: n }, (_, i) => ({ host: `ok${i}.example`, ok: true }));
const failing = (n: number, kind: FailureKind): ProbeResult[] =>
  Array.from({ length: n }, (_, i) => ({ host: `bad${i}.example`, ok: false, kind, errorCode: 'x' }));
const sameReprobe = (kind: FailureKind) => ({ reprobe: { status: 'failed' as const, kind, errorCode: 'x' } });

describe('home-device', () => {
  it('puts the fault on the device for certificate and protocol kinds, saying it is a device on your network', () => {
    expect(homeDevice(on('router.local', 'protocol-mismatch'), T0)).toEqual({
      rule: 'home-device',
      cause: 'site-configuration',
      confidence: 0.5,
      evidence: [{ key: 'ev_scope_home_device', subs: ['router.local'] }],
    });
    expect(homeDevice(on('nas.home.arpa', 'cert-untrusted'), T0)).toMatchObject({ cause: 'site-certificate', confidence: 0.5 });
    expect(homeDevice(on('192.168.1.1', 'cert-date'), T0)?.cause).toBe('site-certificate');
    expect(homeDevice(on('fe80::1', 'protocol-error'), T0)?.cause).toBe('site-configuration');
  });

  it('does not fire for public names, other scopes, or kinds that say nothing about the device', () => {
    expect(homeDevice(on('local.example.com', 'protocol-mismatch'), T0)).toBeNull();
    expect(homeDevice(on('192.169.0.1', 'cert-untrusted'), T0)).toBeNull();
    expect(homeDevice(on('wiki.internal', 'cert-untrusted'), T0)).toBeNull();
    expect(homeDevice(on('router.local', 'client-cert'), T0)).toBeNull();
    expect(homeDevice(on('router.local', 'handshake-interrupted'), T0)).toBeNull();
    expect(homeDevice(on('router.local', 'interception-detected'), T0)).toBeNull();
  });

  it('stands down when something on this computer intercepts', () => {
    const interception = { product: 'Avast Antivirus', issuer: 'avast! Web/Mail Shield Root', host: 'router.local' };
    expect(homeDevice(on('router.local', 'cert-untrusted', { interception }), T0)).toBeNull();
  });
});

describe('organisation-site', () => {
  it('puts the fault on the organisation’s site for .internal, .corp, .intranet and single-label names', () => {
    expect(organisationSite(on('wiki.internal', 'cert-untrusted'), T0)).toEqual({
      rule: 'organisation-site',
      cause: 'site-certificate',
      confidence: 0.5,
      evidence: [{ key: 'ev_scope_organisation', subs: ['wiki.internal'] }],
    });
    expect(organisationSite(on('intranet', 'protocol-mismatch'), T0)?.cause).toBe('site-configuration');
    expect(organisationSite(on('jira.corp', 'cert-name'), T0)?.cause).toBe('site-certificate');
  });

  it('does not fire for public names, home devices or a client certificate', () => {
    expect(organisationSite(on('corp.example.com', 'cert-untrusted'), T0)).toBeNull();
    expect(organisationSite(on('untrusted-root.hd.test', 'cert-untrusted'), T0)).toBeNull();
    expect(organisationSite(on('router.lan', 'cert-untrusted'), T0)).toBeNull();
    expect(organisationSite(on('wiki.internal', 'client-cert'), T0)).toBeNull();
  });
});

describe('this-computer', () => {
  it('puts the fault on the program on this computer', () => {
    expect(thisComputer(on('localhost', 'cert-untrusted'), T0)).toEqual({
      rule: 'this-computer',
      cause: 'site-certificate',
      confidence: 0.5,
      evidence: [{ key: 'ev_scope_this_computer', subs: ['localhost'] }],
    });
    expect(thisComputer(on('127.0.0.1', 'protocol-mismatch'), T0)?.cause).toBe('site-configuration');
    expect(thisComputer(on('app.localhost', 'cert-name'), T0)?.cause).toBe('site-certificate');
  });

  it('does not fire for public names or other scopes', () => {
    expect(thisComputer(on('localhost.example.com', 'cert-untrusted'), T0)).toBeNull();
    expect(thisComputer(on('10.0.0.1', 'cert-untrusted'), T0)).toBeNull();
    expect(thisComputer(on('localhost', 'tls-unknown'), T0)).toBeNull();
  });
});

describe('the other-site probe and non-public hosts', () => {
  it('is no evidence either way for a device, an intranet or this computer', () => {
    for (const host of ['router.local', 'wiki.internal', 'intranet', 'localhost', '10.0.0.1']) {
      expect(otherSitesFine(on(host, 'cert-untrusted', probe(fine(3))), T0), host).toBeNull();
      expect(otherSitesFail(on(host, 'cert-untrusted', probe(failing(3, 'cert-untrusted'))), T0), host).toBeNull();
    }
  });

  it('still counts for public hosts', () => {
    expect(otherSitesFine(on('tls-1-0-1-1-only.hd.test', 'protocol-mismatch', probe(fine(3))), T0)?.cause).toBe('site-configuration');
    expect(otherSitesFail(on('self-signed.hd.test', 'cert-untrusted', probe(failing(3, 'cert-untrusted'))), T0)?.cause).toBe(
      'interception',
    );
  });
});

describe('diagnose with a host scope', () => {
  it('a .local device speaking only TLS 1.0 → site-configuration, with the device verdict', () => {
    const d = diagnose(on('router.local', 'protocol-mismatch', { ...probe(fine(3)), ...sameReprobe('protocol-mismatch') }));
    expect(d.causes[0]).toMatchObject({ cause: 'site-configuration' });
    expect(keysOf(d.causes[0]!.evidence)).toContain('ev_scope_home_device');
    expect(keysOf(d.causes[0]!.evidence)).not.toContain('ev_other_sites_fine');
    expect(d.uncertain).toBe(false);
    expect(d.summary).toEqual({ key: 'verdict_home_device_site_configuration', subs: ['router.local'] });
  });

  it('a self-signed device → site-certificate with the device verdict, even when public sites fail the same way', () => {
    const d = diagnose(on('nas.home.arpa', 'cert-untrusted', { ...probe(failing(3, 'cert-untrusted')), ...sameReprobe('cert-untrusted') }));
    expect(d.causes[0]?.cause).toBe('site-certificate');
    expect(d.summary.key).toBe('verdict_home_device_site_certificate');
  });

  it('an intranet name → the organisation verdict; this computer → its own', () => {
    expect(diagnose(on('wiki.internal', 'cert-untrusted')).summary).toEqual({
      key: 'verdict_organisation_site_certificate',
      subs: ['wiki.internal'],
    });
    expect(diagnose(on('intranet', 'protocol-mismatch')).summary.key).toBe('verdict_organisation_site_configuration');
    expect(diagnose(on('localhost', 'cert-untrusted')).summary.key).toBe('verdict_this_computer_site_certificate');
  });

  it('keeps the public verdict for the same fault on a public host', () => {
    const d = diagnose(on('tls-1-0-1-1-only.hd.test', 'protocol-mismatch', { ...probe(fine(3)), ...sameReprobe('protocol-mismatch') }));
    expect(d.summary.key).toBe('verdict_site_configuration');
    expect(keysOf(d.causes[0]!.evidence)).toContain('ev_other_sites_fine');
    expect(keysOf(d.causes.flatMap((c) => c.evidence))).not.toContain('ev_scope_home_device');
  });

  it('keeps a local verdict on a device: a clock wrong by years is still the clock', () => {
    const clock = { skewMs: -730 * 86_400_000, samples: 6, sources: ['a.example', 'b.example', 'c.example'] };
    const d = diagnose(on('router.local', 'cert-date', { clock }));
    expect(d.causes[0]?.cause).toBe('system-clock');
    expect(d.summary.key).toBe('verdict_system_clock');
  });
});

describe('scopeAbout', () => {
  it('says whose server a non-public host is, and nothing for a public one', () => {
    expect(scopeAbout('router.local')).toEqual({ key: 'verdict_home_device_about', subs: ['router.local'] });
    expect(scopeAbout('wiki.internal')?.key).toBe('verdict_organisation_about');
    expect(scopeAbout('localhost')?.key).toBe('verdict_this_computer_about');
    expect(scopeAbout('healthy.hd.test')).toBeNull();
    expect(scopeAbout('')).toBeNull();
  });
});

describe('shared-untrusted-issuer and non-public hosts', () => {
  const untrusted = (hosts: string[]) =>
    hosts.map((host, i) => ({
      host,
      kind: 'cert-untrusted' as const,
      errorCode: 'net::ERR_CERT_AUTHORITY_INVALID',
      time: T0 - 1000 * (i + 1),
    }));

  it('does not count devices and intranet sites, whose certificates are untrusted by design', () => {
    const e = on('intranet', 'cert-untrusted', {
      recentFailures: untrusted(['nas.home.arpa', 'wiki.internal', 'jira.corp', '192.168.1.1']),
    });
    expect(sharedUntrustedIssuer(e, T0)).toBeNull();
    expect(diagnose(e).summary.key).toBe('verdict_organisation_site_certificate');
  });

  it('still counts public sites failing alike, whatever the current host', () => {
    const e = on('wiki.internal', 'cert-untrusted', { recentFailures: untrusted(['a.example', 'b.example', 'c.example']) });
    expect(sharedUntrustedIssuer(e, T0)).toMatchObject({
      cause: 'interception',
      evidence: [{ key: 'ev_shared_issuer', subs: ['3', '2'] }],
    });
  });
});
