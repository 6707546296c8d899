// The vocabulary every layer shares. Adding a value here is a contract change: the catalog,
// the rules, the checklist and the locale files must all learn it (unit tests enforce that).

/** Kinds where the site's certificate was rejected. */
const CERTIFICATE_KIND_LIST = ['cert-date', 'cert-untrusted', 'cert-name', 'cert-revoked', 'cert-weak', 'cert-invalid'] as const;

/** What failed, from the browser's raw error. */
export const FAILURE_KINDS = [
  ...CERTIFICATE_KIND_LIST,
  'protocol-mismatch',
  'client-cert',
  'handshake-interrupted',
  'protocol-error',
  'interception-detected',
  'tls-unknown',
  'not-tls',
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

export const CERTIFICATE_KINDS: ReadonlySet<FailureKind> = new Set<FailureKind>(CERTIFICATE_KIND_LIST);

/** Kinds that say only that the connection broke: a re-probe may name the precise error. */
export const VAGUE_KINDS: ReadonlySet<FailureKind> = new Set<FailureKind>(['handshake-interrupted', 'tls-unknown']);

/** Kinds a wrong clock can produce; it cannot break version or cipher negotiation. */
export const CLOCK_KINDS: ReadonlySet<FailureKind> = new Set<FailureKind>([
  'cert-date',
  'cert-untrusted',
  'cert-invalid',
  'cert-revoked',
  'tls-unknown',
]);

/** Why it failed: the causes `diagnose` ranks. */
export const CAUSES = [
  'system-clock',
  'interception',
  'browser-settings',
  'network',
  'site-certificate',
  'site-configuration',
  'client-certificate',
  'captive-portal',
  'unknown',
] as const;
export type Cause = (typeof CAUSES)[number];

export const BROWSERS = ['chrome', 'edge', 'chromium', 'firefox'] as const;
/** `chromium` covers other Chromium-based browsers (Brave, Opera, Vivaldi, plain Chromium). */
export type BrowserName = (typeof BROWSERS)[number];

export const OSES = ['windows', 'macos', 'linux', 'chromeos', 'android'] as const;
export type OsName = (typeof OSES)[number];

export const isChromiumFamily = (b: BrowserName): boolean => b !== 'firefox';
