// Error families whose code says more about the cause than their kind does. None of them can be
// produced by the local test harness on 127.0.0.1 (CT is not enforced for locally trusted roots,
// ECH needs DNS HTTPS records, known-interception blocking needs Chrome's list, QUIC needs UDP
// and HTTP/3 advertisement), so they are covered by catalog and rule unit tests only.
import type { Cause } from '../../kinds';
import type { MessageKey } from '../../message-key';
import { text } from '../../text';
import { defineRule } from '../define-rule';
import type { Rule, Weakening } from '../types';
import { THRESHOLDS } from '../thresholds';

const T = THRESHOLDS.codeFamilies;

interface Family {
  readonly codes: readonly string[];
  readonly cause: Cause;
  readonly confidence: number;
  readonly line: MessageKey;
  readonly weakens?: readonly Weakening[];
}

const FAMILIES: readonly Family[] = [
  {
    // Both browsers enforce Certificate Transparency only for chains to publicly trusted roots
    // (Chromium: CT policy skips locally installed anchors; Firefox: CT is required only for
    // built-in roots), so a CT failure is never the sign of an interception root: the site's
    // certificate was not logged.
    codes: [
      'net::ERR_CERTIFICATE_TRANSPARENCY_REQUIRED',
      'net::ERR_CT_NO_SCTS_VERIFIED_OK',
      'MOZILLA_PKIX_ERROR_INSUFFICIENT_CERTIFICATE_TRANSPARENCY',
    ],
    cause: 'site-certificate',
    confidence: T.certificateTransparency,
    line: 'ev_ct_public_only',
    weakens: [{ cause: 'interception', factor: T.ctInterceptionFactor }],
  },
  {
    // BoringSSL refuses an RSA key exchange with a certificate whose keyUsage lacks
    // keyEncipherment (and an ECDHE one without digitalSignature): a mis-issued certificate.
    codes: ['net::ERR_SSL_KEY_USAGE_INCOMPATIBLE'],
    cause: 'site-certificate',
    confidence: T.keyUsage,
    line: 'ev_key_usage',
  },
  {
    // The site's published Encrypted Client Hello keys (DNS HTTPS record) do not match its server.
    codes: [
      'net::ERR_INVALID_ECH_CONFIG_LIST',
      'net::ERR_ECH_NOT_NEGOTIATED',
      'net::ERR_ECH_FALLBACK_CERTIFICATE_INVALID',
      'SSL_ERROR_ECH_RETRY_WITH_ECH',
      'SSL_ERROR_ECH_RETRY_WITHOUT_ECH',
      'SSL_ERROR_ECH_FAILED',
      'SSL_ERROR_ECH_REQUIRED_ALERT',
    ],
    cause: 'site-configuration',
    confidence: T.ech,
    line: 'ev_ech',
  },
  {
    // QUIC runs over UDP; networks that block or mangle UDP port 443 break it (browsers fall back
    // to TCP, so a failure that surfaces means the fallback failed as well).
    codes: ['net::ERR_QUIC_PROTOCOL_ERROR', 'net::ERR_QUIC_HANDSHAKE_FAILED'],
    cause: 'network',
    confidence: T.quic,
    line: 'ev_quic',
  },
];

const BY_CODE: ReadonlyMap<string, Family> = new Map(FAMILIES.flatMap((f) => f.codes.map((code) => [code, f] as const)));

/**
 * code-family: the failure's code belongs to a family with a known cause → that cause: CT failures
 * and key-usage failures → `site-certificate` (0.7; CT also weakens interception × 0.3), ECH →
 * `site-configuration` (0.55), QUIC → `network` (0.5).
 */
export const codeFamily = defineRule('code-family', (e) => {
  const family = BY_CODE.get(e.failure.errorCode);
  if (!family || e.failure.kind === 'not-tls') return null;
  return {
    cause: family.cause,
    confidence: family.confidence,
    evidence: [text(family.line)],
    ...(family.weakens ? { weakens: family.weakens } : {}),
  };
});

/** This file's rules, in the order diagnose runs them. */
export const CODE_FAMILY_RULES: readonly Rule[] = [codeFamily];
