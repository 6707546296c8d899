import { describe, expect, it } from 'vitest';
import { InterceptionMatchSchema } from '../../../../src/core/evidence';
import {
  MAX_ISSUER_NAME_LENGTH,
  interceptionMatchFor,
  matchInterceptionIssuer,
  matchInterceptionIssuerDn,
} from '../../../../src/core/interception';

describe('matchInterceptionIssuer', () => {
  it('matches the real-world shapes', () => {
    expect(
      matchInterceptionIssuer({ commonName: 'Kaspersky Anti-Virus Personal Root Certificate', organization: 'AO Kaspersky Lab' }),
    ).toEqual({
      product: 'Kaspersky',
    });
    expect(
      matchInterceptionIssuer({ commonName: 'ContentKeeper Appliance CA (12345)', organization: 'ContentKeeper Technologies' }),
    ).toEqual({
      product: 'ContentKeeper',
    });
    expect(
      matchInterceptionIssuer({ commonName: 'ContentKeeper Appliance CA (abc)', organization: 'ContentKeeper Technologies' }),
    ).toBeUndefined();
    expect(matchInterceptionIssuer({ organization: 'Fortinet' })).toEqual({ product: 'FortiGate' });
    expect(matchInterceptionIssuer({ commonName: 'FortiGate CA', organization: 'Fortinet' })).toEqual({ product: 'FortiGate' });
    expect(matchInterceptionIssuer({ commonName: 'Sophos SSL CA_ABC-123', organization: 'Sophos' })).toEqual({ product: 'Sophos' });
  });

  it("falls back to Chromium's rows and names for issuers the named products do not cover", () => {
    expect(matchInterceptionIssuerDn('CN=BadSSL MITM Software Test,O=BadSSL,C=US')).toEqual({
      product: 'BadSSL Antivirus (test; mitm-software.badssl.com)',
    });
  });

  it('tries every organization, as Chromium does', () => {
    expect(matchInterceptionIssuer({ commonName: 'Anything', organizations: ['Acme', 'Zscaler Inc.'] })).toEqual({ product: 'Zscaler' });
    expect(matchInterceptionIssuerDn('CN=Zscaler Intermediate Root CA,OU=Zscaler Inc.,O=Acme,O=Zscaler Inc.,C=US')).toEqual({
      product: 'Zscaler',
    });
  });

  it('matches nothing for ordinary CAs or an empty issuer', () => {
    expect(matchInterceptionIssuer({ commonName: "Let's Encrypt R11", organization: "Let's Encrypt" })).toBeUndefined();
    expect(
      matchInterceptionIssuer({ commonName: 'DigiCert Global G2 TLS RSA SHA256 2020 CA1', organization: 'DigiCert Inc' }),
    ).toBeUndefined();
    expect(matchInterceptionIssuer({})).toBeUndefined();
    expect(matchInterceptionIssuer({ commonName: '', organization: '' })).toBeUndefined();
    expect(matchInterceptionIssuer(null as unknown as object)).toBeUndefined();
  });

  it('caps input length before matching', () => {
    // `Blue Coat.*` would match this, but no real O is that long.
    const long = `Blue Coat ${'x'.repeat(MAX_ISSUER_NAME_LENGTH)}`;
    expect(matchInterceptionIssuer({ organization: long })).toBeUndefined();
    expect(matchInterceptionIssuer({ organization: `Blue Coat ${'x'.repeat(MAX_ISSUER_NAME_LENGTH - 20)}` })).toEqual({
      product: 'Blue Coat',
    });
    const start = performance.now();
    expect(
      matchInterceptionIssuer({ commonName: 'a'.repeat(5_000_000), organizations: Array(100_000).fill('b'.repeat(1_000)) }),
    ).toBeUndefined();
    expect(matchInterceptionIssuerDn(`CN=${'Blue Coat'.repeat(1_000_000)}`)).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(200);
  });

  it('interceptionMatchFor builds a valid evidence record', () => {
    const dn = 'CN=Kaspersky Anti-Virus Personal Root Certificate,O=AO Kaspersky Lab';
    const m = interceptionMatchFor(dn, 'bank.example');
    expect(m).toEqual({ product: 'Kaspersky', issuer: dn, host: 'bank.example' });
    expect(InterceptionMatchSchema.safeParse(m).success).toBe(true);
    expect(interceptionMatchFor("CN=R11,O=Let's Encrypt,C=US", 'bank.example')).toBeUndefined();
    expect(interceptionMatchFor('CN="unterminated', 'bank.example')).toBeUndefined();
  });
});
