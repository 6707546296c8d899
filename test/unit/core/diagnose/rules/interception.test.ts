import { describe, expect, it } from 'vitest';
import {
  browserDetectedInterception,
  interceptionIssuer,
  proxyByExtension,
  proxyConfigured,
  diagnose,
  sharedUntrustedIssuer,
} from '../../../../../src/core/diagnose';
import { MIN, T0, evidence, recent, finding } from '../helpers';

const UNRELATED = ['news.example', 'shop.test', 'mail.example.org'];

describe('shared-untrusted-issuer', () => {
  it('blames interception when 4 unrelated sites hit the same untrusted error in 2 minutes', () => {
    const f = sharedUntrustedIssuer(evidence('cert-untrusted', { recentFailures: recent('cert-untrusted', UNRELATED) }), T0);
    expect(f).toMatchObject({ rule: 'shared-untrusted-issuer', cause: 'interception', confidence: 0.7 });
    expect(f?.evidence).toEqual([{ key: 'ev_shared_issuer', subs: ['4', '2'] }]);
  });

  it('is stronger from 5 sites', () => {
    const e = evidence('cert-untrusted', { recentFailures: recent('cert-untrusted', [...UNRELATED, 'bank.example.co.uk']) });
    expect(sharedUntrustedIssuer(e, T0)?.confidence).toBe(0.85);
  });

  it('also covers cert-invalid and interception-detected', () => {
    expect(sharedUntrustedIssuer(evidence('cert-invalid', { recentFailures: recent('cert-invalid', UNRELATED) }), T0)?.cause).toBe(
      'interception',
    );
    expect(
      sharedUntrustedIssuer(evidence('interception-detected', { recentFailures: recent('interception-detected', UNRELATED) }), T0)?.cause,
    ).toBe('interception');
  });

  it('does not fire for a single untrusted host or for 2 others', () => {
    expect(sharedUntrustedIssuer(evidence('cert-untrusted'), T0)).toBeNull();
    expect(
      sharedUntrustedIssuer(evidence('cert-untrusted', { recentFailures: recent('cert-untrusted', UNRELATED.slice(0, 1)) }), T0),
    ).toBeNull();
  });

  it('does not count subdomains of one site (one company with a private CA) as unrelated', () => {
    const hosts = ['git.corp.example', 'wiki.corp.example', 'jira.corp.example'];
    const e = evidence('cert-untrusted', { recentFailures: recent('cert-untrusted', hosts) }, { host: 'intranet.corp.example' });
    expect(sharedUntrustedIssuer(e, T0)).toBeNull();
  });

  it('needs the same error within 2 minutes', () => {
    expect(
      sharedUntrustedIssuer(evidence('cert-untrusted', { recentFailures: recent('cert-untrusted', UNRELATED, 3 * MIN) }), T0),
    ).toBeNull();
    const other = recent('cert-untrusted', UNRELATED).map((f) => ({ ...f, errorCode: 'net::ERR_CERT_INVALID' }));
    expect(sharedUntrustedIssuer(evidence('cert-untrusted', { recentFailures: other }), T0)).toBeNull();
    expect(sharedUntrustedIssuer(evidence('cert-date', { recentFailures: recent('cert-date', UNRELATED) }), T0)).toBeNull();
  });

  it('groups by kind when the error code is unknown', () => {
    const hosts = recent('cert-untrusted', UNRELATED).map((f) => ({ ...f, errorCode: '' }));
    const e = evidence('cert-untrusted', { recentFailures: hosts }, { errorCode: '' });
    expect(sharedUntrustedIssuer(e, T0)?.cause).toBe('interception');
  });
});

describe('recent failures no page can steer', () => {
  // A page the person opened loads two images from self-signed IP-address hosts; then a genuinely
  // broken site fails in another tab. The page must not turn that site's verdict into interception.
  const poisoned = (page?: string) =>
    evidence(
      'cert-untrusted',
      { recentFailures: recent('cert-untrusted', ['198.51.100.1', '192.0.2.7']).map((f) => (page ? { ...f, page } : f)) },
      { host: 'self-signed.example' },
    );

  it('keeps the single-site verdict when the other failures all came from one page', () => {
    expect(sharedUntrustedIssuer(poisoned('evil.example'), T0)).toBeNull();
    expect(diagnose(poisoned('evil.example'), T0).causes[0]).toMatchObject({ cause: 'site-certificate' });
  });

  it('still blames interception when the failures came from unrelated pages', () => {
    expect(diagnose(poisoned(), T0).causes[0]).toMatchObject({ cause: 'interception' });
  });
});

describe('interception-issuer', () => {
  const match = { product: 'Avast Antivirus', issuer: 'avast! Web/Mail Shield Root', host: 'broken.example' };

  it('names the product, high when seen on the failing host', () => {
    const f = interceptionIssuer(evidence('cert-untrusted', { interception: match }), T0);
    expect(f).toMatchObject({ rule: 'interception-issuer', cause: 'interception', confidence: 0.9 });
    expect(f?.evidence).toEqual([
      { key: 'ev_interception_product', subs: ['broken.example', 'avast! Web/Mail Shield Root', 'Avast Antivirus'] },
    ]);
  });

  it('is lower when seen on another connection', () => {
    expect(interceptionIssuer(evidence('cert-untrusted', { interception: { ...match, host: 'other.test' } }), T0)?.confidence).toBe(0.75);
  });

  it('does not fire without a match', () => {
    expect(interceptionIssuer(evidence('cert-untrusted'), T0)).toBeNull();
  });

  it('weakens the site cause on a certificate failure only: the refused certificate is the software’s', () => {
    const other = { ...match, host: 'other.test' };
    expect(interceptionIssuer(evidence('cert-date', { interception: other }), T0)?.weakens).toEqual([
      { cause: 'site-certificate', factor: 0.6 },
    ]);
    expect(interceptionIssuer(evidence('protocol-mismatch', { interception: other }), T0)?.weakens).toBeUndefined();
  });
});

describe('browser-detected-interception', () => {
  it('fires for interception-detected only', () => {
    expect(browserDetectedInterception(evidence('interception-detected'), T0)).toMatchObject(
      finding('interception', 0.9, 'ev_browser_detected_interception'),
    );
    expect(browserDetectedInterception(evidence('cert-untrusted'), T0)).toBeNull();
  });
});

describe('proxy-by-extension', () => {
  const byExt = { levelOfControl: 'controlled_by_other_extensions' as const, mode: 'fixed_servers' };

  it('names the controlling extension when known', () => {
    const f = proxyByExtension(
      evidence('cert-untrusted', { proxy: { ...byExt, controllingExtension: { id: 'abc', name: 'FreeVPN Turbo' } } }),
      T0,
    );
    expect(f).toMatchObject({ rule: 'proxy-by-extension', cause: 'interception', confidence: 0.6 });
    expect(f?.evidence).toEqual([{ key: 'ev_proxy_extension_named', subs: ['FreeVPN Turbo'] }]);
  });

  it('says "another extension" when the name is unknown, lower for non-certificate kinds', () => {
    const f = proxyByExtension(evidence('handshake-interrupted', { proxy: byExt }), T0);
    expect(f?.evidence).toEqual([{ key: 'ev_proxy_extension' }]);
    expect(f?.confidence).toBe(0.4);
  });

  it('does not fire when no extension controls the proxy', () => {
    expect(
      proxyByExtension(
        evidence('cert-untrusted', { proxy: { levelOfControl: 'controllable_by_this_extension', mode: 'fixed_servers' } }),
        T0,
      ),
    ).toBeNull();
    expect(proxyByExtension(evidence('cert-untrusted'), T0)).toBeNull();
  });
});

describe('proxy-configured', () => {
  it('is a low network hint for fixed servers or PAC scripts set outside extensions', () => {
    for (const mode of ['fixed_servers', 'pac_script', 'manual', 'autoConfig']) {
      expect(
        proxyConfigured(evidence('cert-untrusted', { proxy: { levelOfControl: 'controllable_by_this_extension', mode } }), T0),
      ).toMatchObject(finding('network', 0.25, 'ev_proxy_configured'));
    }
  });

  it('does not fire for direct/system modes or extension-controlled proxies', () => {
    expect(
      proxyConfigured(evidence('cert-untrusted', { proxy: { levelOfControl: 'controllable_by_this_extension', mode: 'system' } }), T0),
    ).toBeNull();
    expect(proxyConfigured(evidence('cert-untrusted', { proxy: { levelOfControl: 'not_controllable' } }), T0)).toBeNull();
    expect(
      proxyConfigured(
        evidence('cert-untrusted', { proxy: { levelOfControl: 'controlled_by_other_extensions', mode: 'fixed_servers' } }),
        T0,
      ),
    ).toBeNull();
  });
});
