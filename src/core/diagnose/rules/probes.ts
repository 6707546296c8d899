// "Is it just this site?": the probe of a few unrelated HTTPS endpoints after a failure.
import { hostScope } from '../../host-scope';
import type { Cause, FailureKind } from '../../kinds';
import { text } from '../../text';
import type { Evidence } from '../../evidence';
import { defineRule } from '../define-rule';
import type { Rule } from '../types';
import { THRESHOLDS } from '../thresholds';
import { isTlsKind, probeResults, siteCauseFor } from '../util';

const T = THRESHOLDS.otherSites;

/**
 * The probe's results when they can speak for this host: public sites loading or failing say
 * nothing about a device at home, an intranet site or a program on this computer (their
 * certificates come from the device itself, the organisation's own authority or a local tool,
 * never from the public authorities the probed sites use), so for those hosts the probe is no
 * evidence either way. The probe still runs: its clock and issuer readings concern this computer.
 */
function publicProbeResults(e: Evidence) {
  return hostScope(e.failure.host) === 'public' ? probeResults(e) : null;
}

/**
 * other-sites-fine: the failing host is a public site, the probe ran and every other site loaded → the site cause for this kind
 * (`site-certificate` for cert-*, `site-configuration` for protocol-*, `client-certificate` for
 * client-cert): 0.35 with one probe, 0.5 with more. For handshake-interrupted, a small 0.2 to
 * `site-configuration` (a filter aimed at this one site fits too). Nothing for the other kinds.
 */
export const otherSitesFine = defineRule('other-sites-fine', (e) => {
  const results = publicProbeResults(e);
  if (!results || !results.every((r) => r.ok)) return null;
  const kind = e.failure.kind;
  const cause = kind === 'handshake-interrupted' ? 'site-configuration' : siteCauseFor(kind);
  if (!cause) return null;
  const confidence = kind === 'handshake-interrupted' ? T.fineInterrupted : results.length >= 2 ? T.fineMany : T.fineOne;
  const first = results[0];
  return {
    cause,
    confidence,
    evidence: [results.length === 1 && first ? text('ev_other_sites_fine_one', first.host) : text('ev_other_sites_fine', results.length)],
  };
});

/**
 * The local cause a failure points to when other sites fail too, by the current failure's kind.
 * cert-revoked and client-cert are per-site by nature, tls-unknown says nothing: no local cause.
 */
const LOCAL_CAUSE: Partial<Record<FailureKind, Cause>> = {
  'cert-untrusted': 'interception',
  'cert-invalid': 'interception',
  'cert-weak': 'interception',
  'interception-detected': 'interception',
  'cert-date': 'system-clock',
  /** Captive portals and filters answer for hosts they are not. */
  'cert-name': 'network',
  'handshake-interrupted': 'network',
  'protocol-error': 'network',
  'protocol-mismatch': 'browser-settings',
};

/**
 * other-sites-fail: the failing host is a public site, and at least half of the probed sites failed with a TLS kind → the local cause for
 * this kind (see LOCAL_CAUSE): 0.55 with one failing probe, 0.7 with two or more.
 */
export const otherSitesFail = defineRule('other-sites-fail', (e) => {
  const results = publicProbeResults(e);
  if (!results) return null;
  const cause = LOCAL_CAUSE[e.failure.kind];
  if (!cause) return null;
  const failed = results.filter((r) => !r.ok && isTlsKind(r.kind)).length;
  if (failed === 0 || failed < results.length * T.failFraction) return null;
  return {
    cause,
    confidence: failed >= 2 ? T.failMany : T.failOne,
    evidence: [text('ev_other_sites_fail', failed, results.length)],
  };
});

/** This file's rules, in the order diagnose runs them. */
export const PROBE_RULES: readonly Rule[] = [otherSitesFine, otherSitesFail];
