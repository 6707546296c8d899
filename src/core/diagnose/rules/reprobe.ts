// The re-probe: the extension fetched the failed URL again and read the exact outcome.
import type { Cause, FailureKind } from '../../kinds';
import { text } from '../../text';
import { defineRule } from '../define-rule';
import type { Rule } from '../types';
import { THRESHOLDS } from '../thresholds';
import { SITE_CAUSES, siteCauseFor } from '../util';
import { strongestLocalSignal } from './local-signal';

const T = THRESHOLDS.reprobe;

/** The persistent explanation a kind points to on its own. */
function ownCause(kind: FailureKind): Cause {
  if (kind === 'handshake-interrupted') return 'network';
  if (kind === 'interception-detected') return 'interception';
  return siteCauseFor(kind) ?? 'unknown';
}

/**
 * reprobe-same: the re-probe failed with the same kind → the failure is steady, not a fluke. The
 * line goes to the likeliest persistent explanation: the strongest local signal's cause if there
 * is one, else the kind's own cause; 0.15 (0.3 for handshake-interrupted → `network`).
 */
export const reprobeSame = defineRule('reprobe-same', (e, now) => {
  const r = e.reprobe;
  if (!r || r.status !== 'failed' || r.kind !== e.failure.kind || e.failure.kind === 'not-tls') return null;
  const kind = e.failure.kind;
  const local = kind === 'handshake-interrupted' ? null : strongestLocalSignal(e, now);
  return {
    cause: local?.cause ?? ownCause(kind),
    confidence: kind === 'handshake-interrupted' ? T.sameInterrupted : T.same,
    evidence: [text('ev_reprobe_same')],
  };
});

/**
 * reprobe-ok: the re-probe loaded → `network` (0.45: transient), and halves the site causes:
 * the site completed a good handshake moments later.
 */
export const reprobeOk = defineRule('reprobe-ok', (e) => {
  const r = e.reprobe;
  if (!r || r.status !== 'ok' || e.failure.kind === 'not-tls') return null;
  return {
    cause: 'network',
    confidence: T.ok,
    evidence: [text('ev_reprobe_ok', e.failure.host)],
    weakens: SITE_CAUSES.map((cause) => ({ cause, factor: T.okSiteFactor })),
  };
});

/** This file's rules, in the order diagnose runs them. */
export const REPROBE_RULES: readonly Rule[] = [reprobeSame, reprobeOk];
