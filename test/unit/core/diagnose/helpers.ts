// Evidence builders for the diagnose tests. `evidence` validates with the real schema, so every
// fixture is something the background could actually hand to diagnose.
import { EvidenceSchema, type Evidence, type Failure, type RecentFailure } from '../../../../src/core/evidence';
import type { Cause, FailureKind } from '../../../../src/core/kinds';

export const T0 = Date.UTC(2026, 10, 27, 12, 0, 0);
export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

export const CODE: Record<FailureKind, string> = {
  'cert-date': 'net::ERR_CERT_DATE_INVALID',
  'cert-untrusted': 'net::ERR_CERT_AUTHORITY_INVALID',
  'cert-name': 'net::ERR_CERT_COMMON_NAME_INVALID',
  'cert-revoked': 'net::ERR_CERT_REVOKED',
  'cert-weak': 'net::ERR_CERT_WEAK_KEY',
  'cert-invalid': 'net::ERR_CERT_INVALID',
  'protocol-mismatch': 'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH',
  'client-cert': 'net::ERR_BAD_SSL_CLIENT_AUTH_CERT',
  'handshake-interrupted': 'net::ERR_CONNECTION_RESET',
  'protocol-error': 'net::ERR_SSL_PROTOCOL_ERROR',
  'interception-detected': 'net::ERR_TLS13_DOWNGRADE_DETECTED',
  'tls-unknown': 'net::ERR_SSL_SOMETHING_NEW',
  'not-tls': 'net::ERR_NAME_NOT_RESOLVED',
};

type Rest = Partial<Omit<Evidence, 'failure'>>;

export function evidence(kind: FailureKind, rest: Rest = {}, failure: Partial<Failure> = {}): Evidence {
  const host = failure.host ?? 'broken.example';
  return EvidenceSchema.parse({
    failure: {
      rawError: CODE[kind],
      errorCode: CODE[kind],
      kind,
      url: `https://${host}/`,
      host,
      frame: 'main',
      time: T0,
      ...failure,
    },
    recentFailures: [],
    environment: { browser: 'chrome', version: '156.0.0.0', os: 'linux' },
    ...rest,
  });
}

/** Recent failures of one kind on the given hosts, `ago` ms before T0 each (default 30 s). */
export function recent(kind: FailureKind, hosts: readonly string[], ago = 30_000): RecentFailure[] {
  return hosts.map((host, i) => ({ host, kind, errorCode: CODE[kind], time: T0 - ago - i * 1000 }));
}

/** Bypass validation: for edge values the schema would reject but diagnose must survive. */
export const unchecked = (e: Evidence, patch: Record<string, unknown>): Evidence => ({ ...e, ...patch }) as Evidence;

export const keysOf = (lines: readonly { key: string }[]): string[] => lines.map((l) => l.key);

/** The part of a rule's finding a test checks, written on one line: its cause, confidence and one evidence line. */
export const finding = (cause: Cause, confidence: number, key: string, subs?: string[]) => ({
  cause,
  confidence,
  evidence: [subs ? { key, subs } : { key }],
});
