import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InterceptionMatchSchema } from '../../../../src/core/evidence';
import {
  INTERCEPTION_SOFTWARE,
  MAX_ISSUER_NAME_LENGTH,
  fullMatchRegex,
  interceptionMatchFor,
  matchInterceptionIssuer,
  matchInterceptionIssuerDn,
} from '../../../../src/core/interception';

const TSV = fileURLToPath(new URL('../../../fixtures/shared-data/interception-software.tsv', import.meta.url));

interface Row {
  name: string;
  cn: string;
  o: string;
}

function readRows(): Row[] {
  const lines = readFileSync(TSV, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const header = lines[0]!.split('\t');
  expect(header).toEqual(['name', 'issuer_common_name_regex', 'issuer_organization_regex']);
  return lines.slice(1).map((l) => {
    const [name = '', cn = '', o = ''] = l.split('\t');
    return { name, cn, o };
  });
}

/**
 * One string the regex fully matches, for the RE2 subset the table uses: literals, `\` escapes,
 * `\d`, `.`, character classes, groups, and `?` `*` `+`. A quantified atom is emitted once.
 */
function exampleFor(pattern: string): string {
  let i = 0;
  const atom = (): string => {
    const c = pattern[i]!;
    if (c === '\\') {
      const e = pattern[i + 1]!;
      i += 2;
      return e === 'd' ? '7' : e;
    }
    if (c === '.') {
      i++;
      return 'x';
    }
    if (c === '[') {
      // First member of the class (an escaped one included).
      i++;
      let first = pattern[i] === '\\' ? pattern[i + 1]! : pattern[i]!;
      if (first === '^') throw new Error(`negated class in ${pattern}`);
      while (pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      i++;
      if (first === '\\') first = '-';
      return first;
    }
    if (c === '(') {
      i++;
      const inner = sequence(')');
      i++; // ')'
      return inner;
    }
    i++;
    return c;
  };
  const sequence = (end?: string): string => {
    let out = '';
    while (i < pattern.length && pattern[i] !== end) {
      if (pattern[i] === '|') throw new Error(`alternation in ${pattern}`);
      const a = atom();
      const q = pattern[i];
      if (q === '?' || q === '*' || q === '+') i++;
      out += a;
    }
    return out;
  };
  return sequence();
}

/** Flip the case of every letter: RE2 FullMatch is case-sensitive. */
const swapCase = (s: string) =>
  [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');

/** Escape a DN attribute value (RFC 4514). */
const dnEscape = (v: string) => v.replace(/[\\,+"<>;=#]/g, (c) => `\\${c}`);

const rows = readRows();

describe('interception table', () => {
  it('is exactly the rows of interception-software.tsv, in order', () => {
    expect(INTERCEPTION_SOFTWARE.map((r) => ({ name: r.name, cn: r.issuerCommonNameRegex, o: r.issuerOrganizationRegex }))).toEqual(rows);
  });

  it('every regex compiles in JavaScript and every row has a name and at least one regex', () => {
    for (const r of INTERCEPTION_SOFTWARE) {
      expect(r.name).not.toBe('');
      expect(r.issuerCommonNameRegex !== '' || r.issuerOrganizationRegex !== '').toBe(true);
      if (r.issuerCommonNameRegex) expect(() => fullMatchRegex(r.issuerCommonNameRegex)).not.toThrow();
      if (r.issuerOrganizationRegex) expect(() => fullMatchRegex(r.issuerOrganizationRegex)).not.toThrow();
    }
  });
});

describe.each(rows.map((r, index) => ({ ...r, index: String(index + 1) })))('row $index: $name', (row) => {
  const cnExample = row.cn ? exampleFor(row.cn) : undefined;
  const oExample = row.o ? exampleFor(row.o) : undefined;
  const issuer = { ...(cnExample ? { commonName: cnExample } : {}), ...(oExample ? { organization: oExample } : {}) };

  it('the example built from the regex is a full match of it', () => {
    if (row.cn) expect(fullMatchRegex(row.cn).test(cnExample!)).toBe(true);
    if (row.o) expect(fullMatchRegex(row.o).test(oExample!)).toBe(true);
  });

  it('positive: an issuer built from the regex matches this product', () => {
    expect(matchInterceptionIssuer(issuer)).toEqual({ product: row.name });
  });

  it('positive: the same issuer as a DN string (with unrelated attributes) matches', () => {
    const parts = ['C=US', ...(oExample ? [`O=${dnEscape(oExample)}`] : []), 'OU=Web Filter', ...(cnExample ? [`CN=${dnEscape(cnExample)}`] : [])];
    const dn = parts.reverse().join(',');
    expect(matchInterceptionIssuerDn(dn)).toEqual({ product: row.name });
  });

  it('negative: a prefixed name (anchored full match) matches nothing', () => {
    const prefixed = {
      ...(cnExample ? { commonName: `Not ${cnExample}` } : {}),
      ...(oExample ? { organization: `Not ${oExample}` } : {}),
    };
    expect(matchInterceptionIssuer(prefixed)).toBeUndefined();
  });

  it('negative: a suffixed name does not match this row unless the regex allows it', () => {
    const suffixed = {
      ...(cnExample ? { commonName: `${cnExample} Evil` } : {}),
      ...(oExample ? { organization: `${oExample} Evil` } : {}),
    };
    const openEnded = /\.\*$/.test(row.cn) || /\.\*$/.test(row.o);
    const m = matchInterceptionIssuer(suffixed);
    if (openEnded) expect(m).toEqual({ product: row.name });
    else expect(m).toBeUndefined();
  });

  it('negative: the name in the other case matches nothing (case-sensitive)', () => {
    const swapped = {
      ...(cnExample ? { commonName: swapCase(cnExample) } : {}),
      ...(oExample ? { organization: swapCase(oExample) } : {}),
    };
    expect(matchInterceptionIssuer(swapped)).toBeUndefined();
  });

  if (row.cn && row.o) {
    it('negative: a row with both regexes needs both (CN alone, O alone)', () => {
      expect(matchInterceptionIssuer({ commonName: cnExample! })?.product).not.toBe(row.name);
      expect(matchInterceptionIssuer({ commonName: cnExample!, organization: 'Someone Else' })?.product).not.toBe(row.name);
      expect(matchInterceptionIssuer({ organization: oExample! })?.product).not.toBe(row.name);
    });
  }

  it('negative: the name in the wrong field does not match this row', () => {
    const swappedFields = {
      ...(cnExample ? { organization: cnExample } : {}),
      ...(oExample ? { commonName: oExample } : {}),
    };
    expect(matchInterceptionIssuer(swappedFields)?.product).not.toBe(row.name);
  });
});

describe('matchInterceptionIssuer', () => {
  it('matches the real-world shapes', () => {
    expect(matchInterceptionIssuer({ commonName: 'Kaspersky Anti-Virus Personal Root Certificate', organization: 'AO Kaspersky Lab' })).toEqual({
      product: 'Kaspersky Internet Security',
    });
    expect(matchInterceptionIssuer({ commonName: 'ContentKeeper Appliance CA (12345)', organization: 'ContentKeeper Technologies' })).toEqual({
      product: 'ContentKeeper',
    });
    expect(matchInterceptionIssuer({ commonName: 'ContentKeeper Appliance CA (abc)', organization: 'ContentKeeper Technologies' })).toBeUndefined();
    expect(matchInterceptionIssuer({ organization: 'Fortinet' })).toEqual({ product: 'Fortinet' });
    expect(matchInterceptionIssuer({ commonName: 'FortiGate CA', organization: 'Fortinet' })).toEqual({ product: 'Fortigate' });
    expect(matchInterceptionIssuer({ commonName: 'Sophos SSL CA_ABC-123', organization: 'Sophos' })).toEqual({ product: 'Sophos' });
  });

  it('tries every organization, as Chromium does', () => {
    expect(matchInterceptionIssuer({ commonName: 'Anything', organizations: ['Acme', 'Zscaler Inc.'] })).toEqual({ product: 'Zscaler' });
    expect(matchInterceptionIssuerDn('CN=Zscaler Intermediate Root CA,OU=Zscaler Inc.,O=Acme,O=Zscaler Inc.,C=US')).toEqual({ product: 'Zscaler' });
  });

  it('matches nothing for ordinary CAs or an empty issuer', () => {
    expect(matchInterceptionIssuer({ commonName: "Let's Encrypt R11", organization: "Let's Encrypt" })).toBeUndefined();
    expect(matchInterceptionIssuer({ commonName: 'DigiCert Global G2 TLS RSA SHA256 2020 CA1', organization: 'DigiCert Inc' })).toBeUndefined();
    expect(matchInterceptionIssuer({})).toBeUndefined();
    expect(matchInterceptionIssuer({ commonName: '', organization: '' })).toBeUndefined();
    expect(matchInterceptionIssuer(null as unknown as object)).toBeUndefined();
  });

  it('caps input length before matching', () => {
    // `Blue Coat.*` would match this, but no real O is that long.
    const long = `Blue Coat ${'x'.repeat(MAX_ISSUER_NAME_LENGTH)}`;
    expect(matchInterceptionIssuer({ organization: long })).toBeUndefined();
    expect(matchInterceptionIssuer({ organization: `Blue Coat ${'x'.repeat(MAX_ISSUER_NAME_LENGTH - 20)}` })).toEqual({ product: 'Symantec Blue Coat' });
    const start = performance.now();
    expect(matchInterceptionIssuer({ commonName: 'a'.repeat(5_000_000), organizations: Array(100_000).fill('b'.repeat(1_000)) })).toBeUndefined();
    expect(matchInterceptionIssuerDn(`CN=${'Blue Coat'.repeat(1_000_000)}`)).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(200);
  });

  it('interceptionMatchFor builds a valid evidence record', () => {
    const dn = 'CN=Kaspersky Anti-Virus Personal Root Certificate,O=AO Kaspersky Lab';
    const m = interceptionMatchFor(dn, 'bank.example');
    expect(m).toEqual({ product: 'Kaspersky Internet Security', issuer: dn, host: 'bank.example' });
    expect(InterceptionMatchSchema.safeParse(m).success).toBe(true);
    expect(interceptionMatchFor('CN=R11,O=Let\'s Encrypt,C=US', 'bank.example')).toBeUndefined();
    expect(interceptionMatchFor('CN="unterminated', 'bank.example')).toBeUndefined();
  });
});
