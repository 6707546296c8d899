// The other form of a mismatched name (`www.` added or removed), asked by the background at its
// origin (src/core/alternative-host.ts says which form).
import { text } from '../../text';
import { defineRule } from '../define-rule';
import { THRESHOLDS } from '../thresholds';
import type { Rule } from '../types';

const T = THRESHOLDS.alternativeHost;

/**
 * alternative-host-answers: a name mismatch, and the other form answered with a certificate the
 * browser accepts → `site-certificate` (0.8): the certificate does not cover the name asked for.
 * Interception and the network are halved: they would have spoiled that handshake as well.
 */
export const alternativeHostAnswers = defineRule('alternative-host-answers', (e) => {
  const alternative = e.alternativeHost;
  if (e.failure.kind !== 'cert-name' || alternative?.answered !== true) return null;
  return {
    cause: 'site-certificate',
    confidence: T.confidence,
    evidence: [text('ev_alternative_host', alternative.host)],
    weakens: [
      { cause: 'interception', factor: T.localFactor },
      { cause: 'network', factor: T.localFactor },
    ],
  };
});

/** This file's rules, in the order diagnose runs them. */
export const ALTERNATIVE_HOST_RULES: readonly Rule[] = [alternativeHostAnswers];
