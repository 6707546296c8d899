// Checks every classifier must pass, whatever its browser: hostile input classifies safely, and
// the override answer fits the kind. Each returns the list of what fails, empty when all is well.
import { readFileSync } from 'node:fs';
import type { Classification } from '../../../../src/core/catalog/classification';
import { FAILURE_KINDS } from '../../../../src/core/kinds';

type Classifier = (raw: string, url?: string) => Classification;

const BIG = 64 * 1024;

/** Labels of HOSTILE entries that carry no error at all. */
const NOTHING_TO_READ = new Set(['empty', 'whitespace', '64 KB of text', '64 KB of spaces']);

/** Input no browser sends, and what a hostile page or a broken store could hand a classifier. */
const HOSTILE: [string, unknown][] = [
  ['empty', ''],
  ['whitespace', ' \n\t '],
  ['markup', '<img src=x onerror=alert(1)><script>alert(1)</script>'],
  ['markup around a code', '<b>net::ERR_CERT_DATE_INVALID</b>'],
  ['64 KB of text', 'a'.repeat(BIG)],
  ['64 KB token', `net::ERR_${'A'.repeat(BIG)}`],
  ['64 KB error code', `Error code ${'9'.repeat(BIG)}`],
  ['64 KB wrapper', `NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, ${'A'.repeat(BIG)})`],
  ['64 KB of spaces', ' '.repeat(BIG)],
  ['regex bait', `${'Error code '.repeat(5000)}x`],
  ['prototype keys', '__proto__'],
  ['constructor', 'constructor'],
  ['prototype key as a token', 'ERR___PROTO__'],
  ['hasOwnProperty', 'net::ERR_hasOwnProperty'],
  ['NUL and control characters', '\u0000\u0001SEC_ERROR_EXPIRED_CERTIFICATE\u0007'],
  ['lone surrogates', '\ud800\udfff\ud800'],
  ['not a string at runtime', 42],
  ['null at runtime', null],
  ['object at runtime', { toString: () => 'net::ERR_CERT_DATE_INVALID' }],
];

/** Hostile input on any URL: never throws, answers fast, and hands back a kind and a short plain code. */
export function hostileMismatches(classify: Classifier): string[] {
  return HOSTILE.flatMap(([label, raw]) =>
    ['https://example.test/', 'http://example.test/', undefined, '<script>', 'x'.repeat(BIG)].flatMap((url) => {
      const started = performance.now();
      let result: Classification;
      try {
        result = classify(raw as string, url);
      } catch (error) {
        return [`${label}: threw ${String(error)}`];
      }
      const problems: string[] = [];
      if (performance.now() - started >= 250) problems.push('slow');
      if (!FAILURE_KINDS.includes(result.kind)) problems.push(`kind ${String(result.kind)}`);
      // Never markup or huge text.
      if (typeof result.errorCode !== 'string' || !/^(?:net::)?[A-Za-z0-9_]{0,120}$/.test(result.errorCode)) problems.push('errorCode');
      // Nothing to read, even on https: not a TLS failure, and no code to name.
      if (NOTHING_TO_READ.has(label) && (result.kind !== 'not-tls' || result.errorCode !== '' || result.source !== 'unknown'))
        problems.push('not an empty not-tls');
      return problems.map((problem) => `${label} (url ${String(url).slice(0, 20)}): ${problem}`);
    }),
  );
}

/**
 * Over every code a browser's tables know: no override for a non-TLS failure, a yes or no for
 * every TLS one, and "continue anyway" only for certificate problems (an interception page and the
 * retired obsolete-TLS interstitial are certificate warnings too).
 */
export function overrideMismatches(codes: string[], classify: Classifier, offers: (code: string) => boolean | undefined): string[] {
  return codes.flatMap((code) => {
    const { kind } = classify(code, 'https://example.test/');
    const offered = offers(code);
    const fits =
      kind === 'not-tls'
        ? offered === undefined
        : typeof offered === 'boolean' &&
          (!offered || /^cert-|^interception-detected$|^protocol-mismatch$/.test(kind)) &&
          !(offered && ['cert-revoked', 'handshake-interrupted', 'protocol-error', 'client-cert'].includes(kind));
    return fits ? [] : [`${code}: ${kind}, override ${String(offered)}`];
  });
}

/** The rows of one of the reference tables in test/fixtures/shared-data/, header and blank lines dropped, split into columns. */
export function tsvRows(name: string): string[][] {
  const text = readFileSync(new URL(`../../../fixtures/shared-data/${name}`, import.meta.url), 'utf8');
  return text
    .split('\n')
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => line.split('\t'));
}

/** A reviewed table written as kind → names, turned into name → kind; a name listed twice is a mistake in the review. */
export function kindByName<K extends string>(expected: Record<K, string[]>): Map<string, K> {
  const byName = new Map<string, K>();
  for (const [kind, names] of Object.entries(expected) as [K, string[]][]) {
    for (const name of names) {
      if (byName.has(name)) throw new Error(`${name} is listed twice in EXPECTED`);
      byName.set(name, kind);
    }
  }
  return byName;
}

/** What a classifier returns, written on one line. */
export const classified = (kind: Classification['kind'], errorCode: string, source: Classification['source']): Classification => ({
  kind,
  errorCode,
  source,
});
