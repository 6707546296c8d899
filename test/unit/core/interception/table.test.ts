import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INTERCEPTION_SOFTWARE, fullMatchRegex, matchChromiumSoftware, parseDistinguishedName } from '../../../../src/core/interception';

const TSV = fileURLToPath(new URL('../../../fixtures/shared-data/interception-software.tsv', import.meta.url));

interface Row {
  name: string;
  cn: string;
  o: string;
}

function readRows(): Row[] {
  const lines = readFileSync(TSV, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
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
const swapCase = (s: string) => [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');

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

/** What in one row does not match as Chromium's FullMatch would: [] when all is well. */
function rowProblems(row: Row): string[] {
  const cnExample = row.cn ? exampleFor(row.cn) : undefined;
  const oExample = row.o ? exampleFor(row.o) : undefined;
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  const issuerWith = (cn: (v: string) => string, o: (v: string) => string) => ({
    ...(cnExample ? { commonName: cn(cnExample) } : {}),
    ...(oExample ? { organization: o(oExample) } : {}),
  });
  const same = (v: string) => v;
  const isThisRow = (m: { product: string } | undefined) => m?.product === row.name;

  check(!row.cn || fullMatchRegex(row.cn).test(cnExample!), 'the CN example is no full match of its regex');
  check(!row.o || fullMatchRegex(row.o).test(oExample!), 'the O example is no full match of its regex');
  check(isThisRow(matchChromiumSoftware(issuerWith(same, same))), 'an issuer built from the regexes does not match');
  const parts = [
    'C=US',
    ...(oExample ? [`O=${dnEscape(oExample)}`] : []),
    'OU=Web Filter',
    ...(cnExample ? [`CN=${dnEscape(cnExample)}`] : []),
  ];
  check(
    isThisRow(matchChromiumSoftware(parseDistinguishedName(parts.reverse().join(','))!)),
    'the same issuer as a DN string does not match',
  );
  const prefixed = (v: string) => `Not ${v}`;
  check(matchChromiumSoftware(issuerWith(prefixed, prefixed)) === undefined, 'a prefixed name matches (full match is anchored)');
  const suffixed = (v: string) => `${v} Evil`;
  const openEnded = /\.\*$/.test(row.cn) || /\.\*$/.test(row.o);
  const suffixedMatch = matchChromiumSoftware(issuerWith(suffixed, suffixed));
  check(openEnded ? isThisRow(suffixedMatch) : suffixedMatch === undefined, 'a suffixed name matches other than the regex allows');
  check(
    matchChromiumSoftware(issuerWith(swapCase, swapCase)) === undefined,
    'the name in the other case matches (FullMatch is case-sensitive)',
  );
  if (cnExample && oExample) {
    check(!isThisRow(matchChromiumSoftware({ commonName: cnExample })), 'CN alone matches a row with both regexes');
    check(!isThisRow(matchChromiumSoftware({ commonName: cnExample, organization: 'Someone Else' })), 'CN with another O matches');
    check(!isThisRow(matchChromiumSoftware({ organization: oExample })), 'O alone matches a row with both regexes');
  }
  const swappedFields = { ...(cnExample ? { organization: cnExample } : {}), ...(oExample ? { commonName: oExample } : {}) };
  check(!isThisRow(matchChromiumSoftware(swappedFields)), 'the name in the wrong field matches');
  return problems;
}

describe('interception table rows', () => {
  it('each row matches an issuer built from its regexes, and only as Chromium FullMatch would', () => {
    const mismatches = rows.flatMap((row, index) => rowProblems(row).map((problem) => `row ${index + 1} (${row.name}): ${problem}`));
    expect(mismatches).toEqual([]);
  });
});
