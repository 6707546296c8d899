// Rules read from the failure's kind alone: the prior each kind carries before other evidence.
import type { Evidence } from '../../evidence';
import type { FailureKind } from '../../kinds';
import type { MessageKey } from '../../message-key';
import { text } from '../../text';
import { defineRule } from '../define-rule';
import type { Rule } from '../types';
import { THRESHOLDS } from '../thresholds';
import { minutes, siteKey, sitesWithin } from '../util';
import { DATE_HEADER_RULES } from './clock';
import { strongestLocalSignal } from './local-signal';

const CERT_LINE: Partial<Record<FailureKind, MessageKey>> = {
  'cert-date': 'ev_cert_date',
  'cert-untrusted': 'ev_cert_untrusted',
  'cert-name': 'ev_cert_name',
  'cert-revoked': 'ev_cert_revoked',
  'cert-weak': 'ev_cert_weak',
  'cert-invalid': 'ev_cert_invalid',
};

/** Kinds that are almost always the site's fault, whatever else we see. */
const SITE_FAULT_KINDS: ReadonlySet<FailureKind> = new Set<FailureKind>(['cert-name', 'cert-revoked', 'cert-weak']);

/**
 * Whether anything looked at this computer or network: the clock or the other-site check answered.
 * With the checks turned off (or still running), "nothing points to a problem here" would claim a
 * finding nobody made.
 */
const localChecked = (e: Evidence): boolean => e.clock !== undefined || e.otherSiteProbe?.status === 'done';

/**
 * site-certificate-default: a certificate failure and no local signal of at least 0.5 (many date
 * failures, interception, extension proxy, other sites failing) → `site-certificate`: 0.45 for
 * cert-date, cert-untrusted, cert-invalid; 0.65 for cert-name, cert-revoked, cert-weak. A clock
 * finding from `Date` headers does not count as such a signal (`DATE_HEADER_RULES`): the clock may
 * rank first, but the site cause stays listed, saying the clock reading is not proof.
 */
export const siteCertificateDefault = defineRule('site-certificate-default', (e, now) => {
  const line = CERT_LINE[e.failure.kind];
  if (!line || strongestLocalSignal(e, now, DATE_HEADER_RULES)) return null;
  const T = THRESHOLDS.siteDefault;
  const clockSays = DATE_HEADER_RULES.some((rule) => (rule(e, now)?.confidence ?? 0) >= T.localSignalMin);
  return {
    cause: 'site-certificate',
    confidence: SITE_FAULT_KINDS.has(e.failure.kind) ? T.high : T.moderate,
    evidence: [
      text(line, e.failure.host),
      text(clockSays ? 'ev_clock_not_proof' : localChecked(e) ? 'ev_no_local_signal' : 'ev_local_not_checked'),
    ],
  };
});

/** site-configuration: protocol-mismatch or protocol-error → `site-configuration` (0.45). */
export const siteConfiguration = defineRule('site-configuration', (e) => {
  const kind = e.failure.kind;
  if (kind !== 'protocol-mismatch' && kind !== 'protocol-error') return null;
  return {
    cause: 'site-configuration',
    confidence: THRESHOLDS.siteConfiguration.confidence,
    evidence: [text(kind === 'protocol-mismatch' ? 'ev_protocol_mismatch' : 'ev_protocol_error', e.failure.host)],
  };
});

/**
 * interrupted: handshake-interrupted → `network` (0.45); 0.7 when ≥ 2 other sites were cut off
 * the same way within 10 minutes.
 */
export const interrupted = defineRule('interrupted', (e, now) => {
  if (e.failure.kind !== 'handshake-interrupted') return null;
  const T = THRESHOLDS.interrupted;
  const others = sitesWithin(e, now, T.windowMs, (f) => f.kind === 'handshake-interrupted');
  others.delete(siteKey(e.failure.host));
  const many = others.size >= T.minOtherSites;
  return {
    cause: 'network',
    confidence: many ? T.confidenceMany : T.confidence,
    evidence: many ? [text('ev_interrupted'), text('ev_interrupted_others', others.size, minutes(T.windowMs))] : [text('ev_interrupted')],
  };
});

/** client-cert: the site asked for a client certificate → `client-certificate` (0.8). */
export const clientCert = defineRule('client-cert', (e) =>
  e.failure.kind === 'client-cert'
    ? {
        cause: 'client-certificate',
        confidence: THRESHOLDS.clientCert,
        evidence: [text('ev_client_cert', e.failure.host)],
      }
    : null,
);

/** tls-unknown: a TLS error outside the catalog → `unknown` (0.3); the raw text is shown elsewhere. */
export const tlsUnknown = defineRule('tls-unknown', (e) =>
  e.failure.kind === 'tls-unknown' ? { cause: 'unknown', confidence: THRESHOLDS.tlsUnknown, evidence: [text('ev_tls_unknown')] } : null,
);

/** This file's rules, in the order diagnose runs them. */
export const KIND_RULES: readonly Rule[] = [siteCertificateDefault, siteConfiguration, interrupted, clientCert, tlsUnknown];
