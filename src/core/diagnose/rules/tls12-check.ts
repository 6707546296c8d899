// The TLS 1.2 check (src/core/tls12-check.ts): after a version or cipher mismatch, a
// TLS-1.2-only endpoint says whether this browser speaks TLS 1.2 at all.
import { text } from '../../text';
import { defineRule } from '../define-rule';
import type { Rule } from '../types';
import { THRESHOLDS } from '../thresholds';

const T = THRESHOLDS.tls12Check;

/**
 * browser-tls-settings: the TLS 1.2 check failed the same way (`refused`) after a protocol-mismatch
 * → `browser-settings` (0.8), and `site-configuration` weakened (× 0.2).
 */
export const browserTlsSettings = defineRule('browser-tls-settings', (e) => {
  const check = e.tls12Check;
  if (check?.outcome !== 'refused' || e.failure.kind !== 'protocol-mismatch') return null;
  return {
    cause: 'browser-settings',
    confidence: T.refused,
    evidence: [text('ev_tls12_refused', check.host, check.errorCode ?? '')],
    weakens: [{ cause: 'site-configuration', factor: T.refusedSiteFactor }],
  };
});

/** tls12-spoke: the TLS 1.2 check answered after a protocol-mismatch → `site-configuration` (0.5). */
export const tls12Spoke = defineRule('tls12-spoke', (e) => {
  const check = e.tls12Check;
  if (check?.outcome !== 'spoke' || e.failure.kind !== 'protocol-mismatch') return null;
  return { cause: 'site-configuration', confidence: T.spoke, evidence: [text('ev_tls12_spoke', check.host)] };
});

/**
 * tls12-unreachable: the TLS 1.2 check could not be completed after a protocol-mismatch → a hint
 * of `browser-settings` (0.3), and `site-configuration` weakened (× 0.6): no confident verdict.
 */
export const tls12Unreachable = defineRule('tls12-unreachable', (e) => {
  const check = e.tls12Check;
  if (check?.outcome !== 'unreachable' || e.failure.kind !== 'protocol-mismatch') return null;
  return {
    cause: 'browser-settings',
    confidence: T.unreachable,
    evidence: [text('ev_tls12_unreachable', check.host)],
    weakens: [{ cause: 'site-configuration', factor: T.unreachableSiteFactor }],
  };
});

/** This file's rules, in the order diagnose runs them. */
export const TLS12_CHECK_RULES: readonly Rule[] = [browserTlsSettings, tls12Spoke, tls12Unreachable];
