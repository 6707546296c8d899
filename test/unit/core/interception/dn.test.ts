import { describe, expect, it } from 'vitest';
import { MAX_DN_ATTRIBUTES, MAX_DN_LENGTH, parseDistinguishedName } from '../../../../src/core/interception';

const names = (dn: string) => {
  const p = parseDistinguishedName(dn);
  return p && { commonName: p.commonName, organization: p.organization, organizations: p.organizations };
};

describe('parseDistinguishedName', () => {
  it('reads the plain NSS form', () => {
    expect(names('CN=Kaspersky Anti-Virus Personal Root Certificate,O=AO Kaspersky Lab')).toEqual({
      commonName: 'Kaspersky Anti-Virus Personal Root Certificate',
      organization: 'AO Kaspersky Lab',
      organizations: ['AO Kaspersky Lab'],
    });
  });

  it('keeps every attribute, with upper-cased types', () => {
    expect(parseDistinguishedName("CN=R11,o=Let's Encrypt,c=US")?.attributes).toEqual([
      { type: 'CN', value: 'R11' },
      { type: 'O', value: "Let's Encrypt" },
      { type: 'C', value: 'US' },
    ]);
  });

  it('undoes backslash escapes of special characters', () => {
    expect(names('CN=Foo\\, Inc. Root\\+CA,O=A\\=B \\"Q\\" \\\\ \\<x\\> \\;\\#1')).toEqual({
      commonName: 'Foo, Inc. Root+CA',
      organization: 'A=B "Q" \\ <x> ;#1',
      organizations: ['A=B "Q" \\ <x> ;#1'],
    });
  });

  it('decodes \\HH hex escapes as UTF-8', () => {
    expect(names('CN=Caf\\C3\\A9 \\E6\\97\\A5\\E6\\9C\\AC,O=\\2C comma')?.commonName).toBe('Café 日本');
    expect(names('O=\\2C comma')?.organization).toBe(', comma');
  });

  it('reads quoted values (NSS quotes values with specials instead of escaping them)', () => {
    expect(names('CN="Example, Inc. \\"Root\\"",O="AO Kaspersky Lab"')).toEqual({
      commonName: 'Example, Inc. "Root"',
      organization: 'AO Kaspersky Lab',
      organizations: ['AO Kaspersky Lab'],
    });
    expect(names('CN=" padded "')?.commonName).toBe(' padded ');
    expect(names('CN=""')?.commonName).toBe('');
  });

  it('ignores whitespace around separators and =, and drops unescaped trailing spaces', () => {
    expect(names('  CN = Foo Bar  ,  O = Baz  ')).toEqual({ commonName: 'Foo Bar', organization: 'Baz', organizations: ['Baz'] });
    expect(names('CN=Foo\\ ,O=Bar')?.commonName).toBe('Foo ');
    expect(names('CN=Foo\\20')?.commonName).toBe('Foo ');
  });

  it('accepts ; as a separator and + for multi-valued RDNs', () => {
    expect(names('CN=Foo;O=Bar')).toEqual({ commonName: 'Foo', organization: 'Bar', organizations: ['Bar'] });
    expect(names('CN=Foo+O=Bar,C=US')).toEqual({ commonName: 'Foo', organization: 'Bar', organizations: ['Bar'] });
  });

  it('maps OIDs and long names to short names', () => {
    expect(names('OID.2.5.4.3=Foo,2.5.4.10=Bar')).toEqual({ commonName: 'Foo', organization: 'Bar', organizations: ['Bar'] });
    expect(parseDistinguishedName('1.2.3.4=x')?.attributes).toEqual([{ type: '1.2.3.4', value: 'x' }]);
    expect(names('commonName=Foo,organizationName=Bar')?.commonName).toBe('Foo');
  });

  it('keeps every O, and takes the last CN in the string (the first in DER order, as Chromium does)', () => {
    const p = parseDistinguishedName('CN=Leaf-ish,CN=Root Name,O=First,O=Second')!;
    expect(p.commonName).toBe('Root Name');
    expect(p.commonNames).toEqual(['Leaf-ish', 'Root Name']);
    expect(p.organization).toBe('First');
    expect(p.organizations).toEqual(['First', 'Second']);
  });

  it('keeps #hex BER values verbatim', () => {
    expect(names('CN=#0C03616263,O=Bar')?.commonName).toBe('#0C03616263');
  });

  it('an empty string is an empty DN', () => {
    expect(parseDistinguishedName('')).toEqual({ commonNames: [], organizations: [], attributes: [] });
    expect(names('OU=Only')).toEqual({ commonName: undefined, organization: undefined, organizations: [] });
  });

  it('rejects malformed input', () => {
    const cases: [what: string, dn: string][] = [
      ['no =', 'garbage'],
      ['empty type', '=foo'],
      ['leading separator', ',CN=foo'],
      ['trailing separator', 'CN=foo,'],
      ['double separator', 'CN=foo,,O=bar'],
      ['unterminated quote', 'CN="unterminated'],
      ['junk after quoted value', 'CN="a"b,O=c'],
      ['dangling backslash', 'CN=foo\\'],
      ['bad type characters', 'C N=foo'],
      ['quote in type', '"CN"=foo'],
    ];
    const accepted = cases.filter(([, dn]) => parseDistinguishedName(dn) !== undefined);
    expect(accepted).toEqual([]);
  });

  it('rejects non-strings and huge inputs without scanning them', () => {
    expect(parseDistinguishedName(undefined as unknown as string)).toBeUndefined();
    expect(parseDistinguishedName(`CN=${'x'.repeat(MAX_DN_LENGTH)}`)).toBeUndefined();
    const start = performance.now();
    expect(parseDistinguishedName(`CN=${'\\,'.repeat(5_000_000)}`)).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(50);
  });

  it('refuses more than MAX_DN_ATTRIBUTES attributes', () => {
    expect(parseDistinguishedName(Array.from({ length: MAX_DN_ATTRIBUTES }, (_, i) => `OU=${i}`).join(','))).toBeDefined();
    expect(parseDistinguishedName(Array.from({ length: MAX_DN_ATTRIBUTES + 1 }, (_, i) => `OU=${i}`).join(','))).toBeUndefined();
  });

  it('parses input near the length cap in linear time', () => {
    const dn = Array.from({ length: 60 }, () => `O=${'\\41'.repeat(20)}`).join(',');
    expect(dn.length).toBeLessThan(MAX_DN_LENGTH);
    expect(parseDistinguishedName(dn)?.organizations).toHaveLength(60);
  });
});
