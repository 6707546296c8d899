// Hand-built diagnoses for the checklist tests: one per situation the checklist must handle.
// Evidence keys stand for the diagnosis's own lines: made-up keys prefixed `evidence_test_`, so the
// tests can tell them from the checklist's messages.
import type { ClockStanding } from '../../../../src/core/diagnose/clock-standing';
import type { Diagnosis, RankedCause } from '../../../../src/core/diagnose/types';
import type { Cause, FailureKind } from '../../../../src/core/kinds';
import type { MessageKey } from '../../../../src/core/message-key';
import { text } from '../../../../src/core/text';

export const cause = (c: Cause, confidence: number, ...evidence: string[]): RankedCause => ({
  cause: c,
  confidence,
  rule: `test-${c}`,
  evidence: evidence.map((e) => text(`evidence_test_${e}` as MessageKey, 'value')),
});

/**
 * `clock`: what was measured about the clock; left out, it is what diagnose() concludes without a
 * measurement (`wrong` under a firm clock verdict, else not measured).
 */
export function diagnosis(
  kind: FailureKind,
  causes: RankedCause[],
  uncertain: boolean,
  errorCode = 'net::ERR_TEST',
  clock?: ClockStanding,
): Diagnosis {
  const standing = clock ?? (causes[0]?.cause === 'system-clock' && !uncertain ? 'wrong' : undefined);
  return {
    kind,
    errorCode,
    rawError: errorCode,
    host: 'shop.example',
    causes,
    uncertain,
    summary: text('summary_test' as MessageKey),
    ...(standing ? { clock: standing } : {}),
  };
}

export interface Scenario {
  readonly name: string;
  readonly diagnosis: Diagnosis;
  /** Step ids in order, before dropping the ones a browser/OS cannot offer. */
  readonly steps: readonly string[];
}

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'clock (firm)',
    diagnosis: diagnosis('cert-date', [cause('system-clock', 0.9, 'skew'), cause('site-certificate', 0.1)], false),
    steps: ['clock'],
  },
  {
    name: 'clock (uncertain, site ranks first)',
    diagnosis: diagnosis('cert-date', [cause('site-certificate', 0.5), cause('system-clock', 0.4, 'skew')], true),
    // The clock not measured: checking it comes first, before narrowing down.
    steps: ['clock', 'narrow-down', 'site-owner'],
  },
  {
    name: 'an expired certificate, the clock not measured',
    diagnosis: diagnosis('cert-date', [cause('site-certificate', 0.725, 'others-ok')], false),
    // The explanation leaves the clock open, so a quick clock check comes first.
    steps: ['clock', 'site-owner'],
  },
  {
    name: 'an expired certificate, the clock verified',
    diagnosis: diagnosis('cert-date', [cause('site-certificate', 0.85, 'clock-ok')], false, 'net::ERR_CERT_DATE_INVALID', 'verified'),
    steps: ['site-owner'],
  },
  {
    name: 'interception',
    diagnosis: diagnosis('cert-untrusted', [cause('interception', 0.85, 'issuer')], false),
    steps: ['narrow-down', 'security-software', 'extensions', 'proxy', 'malware-scan', 'certificate-store', 'browser-reset'],
  },
  {
    name: 'an unknown issuer on several unrelated sites',
    diagnosis: diagnosis(
      'cert-untrusted',
      [{ cause: 'interception', confidence: 0.7, rule: 'shared-untrusted-issuer', evidence: [text('ev_shared_issuer', 3, 2)] }],
      false,
      'SEC_ERROR_UNKNOWN_ISSUER',
    ),
    steps: [
      'narrow-down',
      'corporate-root',
      'security-software',
      'extensions',
      'proxy',
      'malware-scan',
      'certificate-store',
      'browser-reset',
    ],
  },
  {
    name: 'interception detected by the browser',
    diagnosis: diagnosis('interception-detected', [cause('interception', 0.7), cause('network', 0.3)], false),
    steps: [
      'narrow-down',
      'security-software',
      'extensions',
      'proxy',
      'malware-scan',
      'captive-portal',
      'network-filter',
      'certificate-store',
      'browser-reset',
    ],
  },
  {
    name: 'site certificate',
    diagnosis: diagnosis('cert-name', [cause('site-certificate', 0.95, 'name'), cause('system-clock', 0.05)], false),
    steps: ['site-owner'],
  },
  {
    name: 'protocol mismatch, site configuration',
    diagnosis: diagnosis('protocol-mismatch', [cause('site-configuration', 0.9, 'others-ok')], false),
    steps: ['site-owner'],
  },
  {
    name: 'protocol mismatch, browser settings',
    diagnosis: diagnosis('protocol-mismatch', [cause('browser-settings', 0.8, 'prefs'), cause('site-configuration', 0.2)], false),
    steps: ['narrow-down', 'tls-settings', 'browser-reset'],
  },
  {
    name: 'protocol mismatch, uncertain, no browser-settings cause',
    diagnosis: diagnosis('protocol-mismatch', [cause('site-configuration', 0.5)], true),
    steps: ['narrow-down', 'site-owner', 'tls-settings'],
  },
  {
    name: 'client certificate',
    diagnosis: diagnosis('client-cert', [cause('client-certificate', 0.9, 'requested')], false),
    steps: ['client-certificate'],
  },
  {
    name: 'handshake interrupted',
    diagnosis: diagnosis(
      'handshake-interrupted',
      [cause('network', 0.5, 'reprobe'), cause('interception', 0.3), cause('site-configuration', 0.2)],
      true,
    ),
    steps: [
      'narrow-down',
      'captive-portal',
      'network-filter',
      'security-software',
      'extensions',
      'proxy',
      'malware-scan',
      'site-owner',
      'browser-reset',
    ],
  },
  {
    name: 'middlebox cutting off the handshake',
    diagnosis: diagnosis(
      'handshake-interrupted',
      [{ ...cause('network', 0.9, 'repeat'), rule: 'middlebox' }],
      false,
      'net::ERR_CONNECTION_RESET',
    ),
    steps: ['narrow-down', 'middlebox', 'captive-portal', 'network-filter'],
  },
  {
    name: 'TLS 1.3 downgrade by a box on the network',
    diagnosis: diagnosis(
      'interception-detected',
      [{ ...cause('network', 0.85, 'downgrade'), rule: 'tls13-downgrade' }, cause('interception', 0.54)],
      false,
      'net::ERR_TLS13_DOWNGRADE_DETECTED',
    ),
    steps: [
      'narrow-down',
      'middlebox',
      'captive-portal',
      'network-filter',
      'security-software',
      'extensions',
      'proxy',
      'malware-scan',
      'certificate-store',
      'browser-reset',
    ],
  },
  {
    name: 'captive portal',
    diagnosis: diagnosis('cert-untrusted', [cause('captive-portal', 0.9, 'portal'), cause('interception', 0.17)], false),
    steps: ['portal-sign-in'],
  },
  {
    name: 'uncertain, unknown cause',
    diagnosis: diagnosis('tls-unknown', [cause('unknown', 0.3)], true),
    steps: ['narrow-down', 'certificate-store', 'browser-reset'],
  },
  {
    name: 'not a TLS failure',
    diagnosis: diagnosis('not-tls', [cause('unknown', 0.5)], true),
    steps: [],
  },
  {
    name: 'a device at home speaking only TLS 1.0',
    diagnosis: { ...diagnosis('protocol-mismatch', [cause('site-configuration', 0.8, 'device')], false), host: 'router.local' },
    steps: ['device-firmware', 'device-too-old'],
  },
  {
    name: 'a device at home with its own certificate',
    diagnosis: { ...diagnosis('cert-untrusted', [cause('site-certificate', 0.8, 'device')], false), host: 'nas.home.arpa' },
    steps: ['device-certificate'],
  },
  {
    name: 'a device at home, uncertain between its certificate and the clock',
    diagnosis: {
      ...diagnosis('cert-date', [cause('site-certificate', 0.5, 'device'), cause('system-clock', 0.45, 'skew')], true),
      host: '192.168.1.1',
    },
    steps: ['clock', 'narrow-down', 'device-firmware'],
  },
  {
    name: 'an intranet site',
    diagnosis: { ...diagnosis('cert-untrusted', [cause('site-certificate', 0.8, 'intranet')], false), host: 'wiki.internal' },
    steps: ['show-it'],
  },
  {
    name: 'a program on this computer',
    diagnosis: { ...diagnosis('protocol-mismatch', [cause('site-configuration', 0.8, 'local')], false), host: 'localhost' },
    steps: ['local-program'],
  },
];

export const CONTEXTS = [
  {},
  { interceptionProduct: 'Avast Antivirus' },
  { proxyExtensionName: 'Hola VPN' },
  { interceptionProduct: 'Zscaler', proxyExtensionName: 'Hola VPN' },
  { interceptionProduct: 'Kaspersky' },
  { interceptionProduct: 'ESET' },
  { interceptionProduct: 'Avast' },
] as const;
