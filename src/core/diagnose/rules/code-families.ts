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
  /** Matches the family's normalized codes in both browsers (names as the catalog returns them). */
  readonly codes: RegExp;
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
    // ERR_CERTIFICATE_TRANSPARENCY_REQUIRED, ERR_CT_NO_SCTS_VERIFIED_OK, MOZILLA_PKIX_ERROR_INSUFFICIENT_CERTIFICATE_TRANSPARENCY
    codes: /TRANSPARENCY|_CT_NO_SCTS_/,
    cause: 'site-certificate',
    confidence: T.certificateTransparency,
    line: 'ev_ct_public_only',
    weakens: [{ cause: 'interception', factor: T.ctInterceptionFactor }],
  },
  {
    // BoringSSL refuses an RSA key exchange with a certificate whose keyUsage lacks
    // keyEncipherment (and an ECDHE one without digitalSignature): a mis-issued certificate.
    codes: /^net::ERR_SSL_KEY_USAGE_INCOMPATIBLE$/,
    cause: 'site-certificate',
    confidence: T.keyUsage,
    line: 'ev_key_usage',
  },
  {
    // The site's published Encrypted Client Hello keys (DNS HTTPS record) do not match its server.
    // Chromium's ERR_INVALID_ECH_CONFIG_LIST, ERR_ECH_*; Firefox's SSL_ERROR_ECH_*
    codes: /_ECH_/,
    cause: 'site-configuration',
    confidence: T.ech,
    line: 'ev_ech',
  },
  {
    // QUIC runs over UDP; networks that block or mangle UDP port 443 break it (browsers fall back
    // to TCP, so a failure that surfaces means the fallback failed as well).
    // ERR_QUIC_PROTOCOL_ERROR, ERR_QUIC_HANDSHAKE_FAILED (not ERR_QUIC_CERT_ROOT_NOT_KNOWN: a certificate)
    codes: /^net::ERR_QUIC_(PROTOCOL_ERROR|HANDSHAKE_FAILED)$/,
    cause: 'network',
    confidence: T.quic,
    line: 'ev_quic',
  },
];

/**
 * code-family: the failure's code belongs to a family with a known cause → that cause: CT failures
 * and key-usage failures → `site-certificate` (0.7; CT also weakens interception × 0.3), ECH →
 * `site-configuration` (0.55), QUIC → `network` (0.5).
 */
export const codeFamily = defineRule('code-family', (e) => {
  const code = e.failure.errorCode;
  const family = FAMILIES.find((f) => f.codes.test(code));
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
