// Middlebox rules: a firewall or inspection box on this network that breaks modern TLS. Boxes that
// cannot parse a ClientHello carrying the large post-quantum key share (X25519MLKEM768, sent by
// Chrome 131+ and Firefox 132+; see https://tldr.fail) reset or drop the connection; boxes that
// terminate TLS but speak only older versions upstream trip TLS 1.3's downgrade protection
// (RFC 8446 §4.1.3, Chromium's ERR_TLS13_DOWNGRADE_DETECTED).
import type { FailureKind } from '../../kinds';
import { text } from '../../text';
import { defineRule } from '../define-rule';
import type { Rule } from '../types';
import { THRESHOLDS } from '../thresholds';
import { probeResults } from '../util';

const T = THRESHOLDS.middlebox;

/** Resets, closes and timeouts on https (the catalog keeps these kinds to https URLs), and malformed TLS. */
const CUT_OFF_KINDS: ReadonlySet<FailureKind> = new Set<FailureKind>(['handshake-interrupted', 'protocol-error']);

/**
 * middlebox: a reset, close, timeout or protocol error that the re-probe repeated (same kind),
 * while every other site probed loaded → `network`: 0.75 for a cut-off handshake, 0.7 for a
 * protocol error (which a site with broken TLS explains just as well). Without the repeat (a
 * single reset can be a blip) or when other sites fail too (then the whole connection is at fault,
 * see other-sites-fail), nothing.
 */
export const middlebox = defineRule('middlebox', (e) => {
  const kind = e.failure.kind;
  if (!CUT_OFF_KINDS.has(kind)) return null;
  const r = e.reprobe;
  if (!r || r.status !== 'failed' || r.kind !== kind) return null;
  const others = probeResults(e);
  if (!others || !others.every((o) => o.ok)) return null;
  return {
    cause: 'network',
    confidence: kind === 'handshake-interrupted' ? T.cutOff : T.protocolError,
    evidence: [text('ev_middlebox', e.failure.host)],
  };
});

/** The codes a browser gives when TLS 1.3's downgrade protection fired. */
const DOWNGRADE_CODES: ReadonlySet<string> = new Set(['net::ERR_TLS13_DOWNGRADE_DETECTED']);

/**
 * tls13-downgrade: the browser saw TLS 1.3's downgrade sentinel → `network` (0.85): a box that
 * decrypts connections but speaks only TLS 1.2 or older towards the site. Security software on
 * this computer does the same, so the interception cause stays, weakened (× 0.6).
 */
export const tls13Downgrade = defineRule('tls13-downgrade', (e) =>
  DOWNGRADE_CODES.has(e.failure.errorCode)
    ? {
        cause: 'network',
        confidence: T.downgrade,
        evidence: [text('ev_tls13_downgrade')],
        weakens: [{ cause: 'interception', factor: T.downgradeInterceptionFactor }],
      }
    : null,
);

/** This file's rules, in the order diagnose runs them. */
export const MIDDLEBOX_RULES: readonly Rule[] = [middlebox, tls13Downgrade];
