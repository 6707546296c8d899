// Matching a certificate issuer against known interception software, as Chromium's
// SSLErrorAssistant::MatchKnownMITMSoftware does. Pure; never throws.
import type { InterceptionMatch } from '../evidence';
import { parseDistinguishedName, type IssuerNames } from './dn';
import { PRODUCT_ISSUERS } from './product-issuers';
import { INTERCEPTION_SOFTWARE, type InterceptionSoftware } from './table';

/**
 * Names longer than this are not matched. X.509 caps a CN or O at 64 characters
 * (ub-common-name, ub-organization-name); 256 leaves room for odd encodings while keeping regex
 * work bounded whatever a hostile certificate or message carries.
 */
export const MAX_ISSUER_NAME_LENGTH = 256;
/** At most this many CN / O values are tried. */
const MAX_ISSUER_NAMES = 16;

interface CompiledRow {
  name: string;
  cn: RegExp | undefined;
  o: RegExp | undefined;
}

/** RE2::FullMatch ≡ the whole string matches: anchor both ends around a non-capturing group. */
export function fullMatchRegex(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, 'u');
}

let compiled: readonly CompiledRow[] | undefined;
function rows(): readonly CompiledRow[] {
  compiled ??= INTERCEPTION_SOFTWARE.filter(
    (r: InterceptionSoftware) => r.name !== '' && (r.issuerCommonNameRegex !== '' || r.issuerOrganizationRegex !== ''),
  ).map((r) => ({
    name: r.name,
    cn: r.issuerCommonNameRegex === '' ? undefined : fullMatchRegex(r.issuerCommonNameRegex),
    o: r.issuerOrganizationRegex === '' ? undefined : fullMatchRegex(r.issuerOrganizationRegex),
  }));
  return compiled;
}

function candidates(one: string | undefined, many: readonly string[] | undefined): string[] {
  const out: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string' && v !== '' && v.length <= MAX_ISSUER_NAME_LENGTH && !out.includes(v)) out.push(v);
  };
  add(one);
  if (Array.isArray(many)) for (const v of many.slice(0, MAX_ISSUER_NAMES)) add(v);
  return out;
}

/** A row with both patterns needs both; a row with one needs just that one. */
const rowMatches = (cn: RegExp | undefined, o: RegExp | undefined, cns: readonly string[], orgs: readonly string[]): boolean =>
  (cn === undefined || cns.some((v) => cn.test(v))) && (o === undefined || orgs.some((v) => o.test(v)));

type Matcher = (cns: readonly string[], orgs: readonly string[]) => string | undefined;

const namedProduct: Matcher = (cns, orgs) => PRODUCT_ISSUERS.find(([, cn, o]) => rowMatches(cn, o, cns, orgs))?.[0];
const chromiumSoftware: Matcher = (cns, orgs) => rows().find((row) => rowMatches(row.cn, row.o, cns, orgs))?.name;

function matchWith(issuer: IssuerNames, ...matchers: readonly Matcher[]): { product: string } | undefined {
  if (issuer === null || typeof issuer !== 'object') return undefined;
  const cns = candidates(issuer.commonName, issuer.commonNames);
  const orgs = candidates(issuer.organization, issuer.organizations);
  if (cns.length === 0 && orgs.length === 0) return undefined;
  for (const match of matchers) {
    const product = match(cns, orgs);
    if (product !== undefined) return { product };
  }
  return undefined;
}

/**
 * The interception product whose issuer pattern this issuer matches, or undefined. The named
 * products (product-issuers.ts) are tried first, then Chromium's rows in Chromium's order; the
 * first match wins. A row with both a CN and an O regex needs the CN
 * to match and one O to match; a row with one regex needs just that one. Matching is exact and
 * case-sensitive (full match). The CN tried is `commonName` (plus any `commonNames`, which a DN
 * with several CNs yields; Chromium would only try one of them); the Os tried are `organization`
 * plus `organizations`. Values that are empty or longer than MAX_ISSUER_NAME_LENGTH are ignored.
 */
export const matchInterceptionIssuer = (issuer: IssuerNames): { product: string } | undefined =>
  matchWith(issuer, namedProduct, chromiumSoftware);

/** Chromium's rows alone (table.ts), named as Chromium names them. */
export const matchChromiumSoftware = (issuer: IssuerNames): { product: string } | undefined => matchWith(issuer, chromiumSoftware);

/** `matchInterceptionIssuer` on a DN string (`CN=…,O=…`); undefined if it does not parse. */
export function matchInterceptionIssuerDn(issuerDn: string): { product: string } | undefined {
  const names = parseDistinguishedName(issuerDn);
  return names === undefined ? undefined : matchInterceptionIssuer(names);
}

/**
 * The evidence record for a connection to `host` whose certificate chain was issued under
 * `issuerDn`, if that issuer is known interception software. The DN is kept as given (capped to
 * the schema's 1024 characters) so the person can see exactly what matched.
 */
export function interceptionMatchFor(issuerDn: string, host: string): InterceptionMatch | undefined {
  const m = matchInterceptionIssuerDn(issuerDn);
  if (m === undefined) return undefined;
  return { product: m.product.slice(0, 256), issuer: issuerDn.slice(0, 1024), host: host.slice(0, 1024) };
}
