// Decoding Firefox's webNavigation "Error code N". N is an nsresult, the same in every UI
// language, which makes it the dependable Firefox signal (webRequest gives localized text):
//   security module (NS_ERROR_MODULE_SECURITY, 0x805Axxxx): N = 0x805A0000 + (-nss_code), e.g.
//     2153390069 = 0x805A1FF5 → -8181 → SEC_ERROR_EXPIRED_CERTIFICATE;
//   network module (0x804Bxxxx): the TLS results among them are named in firefox-network-results.ts.
import { FIREFOX_TLS_NETWORK_RESULTS } from './firefox-network-results';
import { FIREFOX_SECURITY_ERRORS } from './firefox-security-errors';

const SECURITY_MODULE_BASE = 0x805a0000;

/** An nsresult is an unsigned 32-bit value; anything else cannot be one. */
const isResult = (n: number): boolean => Number.isSafeInteger(n) && n >= 0 && n <= 0xffffffff;

/** The nsresult Firefox reports for a security-module (NSS, mozilla::pkix, NSPR) code. */
export const securityResultFor = (nssCode: number): number => SECURITY_MODULE_BASE + -nssCode;

/** Is N a failure in the security module? Any such failure is a TLS/certificate failure. */
export const isSecurityModuleResult = (n: number): boolean => isResult(n) && n >>> 16 === SECURITY_MODULE_BASE >>> 16;

type Table = Readonly<Record<string, { readonly code: number }>>;

function indexBy(table: Table): Map<number, string> {
  const map = new Map<number, string>();
  // First name wins: ErrorList.py also lists the canonical name first.
  for (const [name, entry] of Object.entries(table)) if (!map.has(entry.code)) map.set(entry.code, name);
  return map;
}

// Built on first use: the tables are keyed by name.
let securityByCode: Map<number, string> | undefined;
let networkByResult: Map<number, string> | undefined;

/**
 * The name for a decoded nsresult from the tables of TLS failures, or undefined when they do not
 * know it (every non-TLS result among them: the Firefox background drops those unread).
 */
export function firefoxResultName(n: number): string | undefined {
  if (!isResult(n)) return undefined;
  if (isSecurityModuleResult(n)) {
    securityByCode ??= indexBy(FIREFOX_SECURITY_ERRORS);
    return securityByCode.get(-(n & 0xffff));
  }
  networkByResult ??= indexBy(FIREFOX_TLS_NETWORK_RESULTS);
  return networkByResult.get(n);
}
