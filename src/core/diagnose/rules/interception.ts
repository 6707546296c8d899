// Interception rules: is something between the browser and the site re-signing or steering traffic?
import { CERTIFICATE_KINDS } from '../../kinds';
import { hostScope } from '../../host-scope';
import { text } from '../../text';
import { defineRule } from '../define-rule';
import type { Rule } from '../types';
import { THRESHOLDS } from '../thresholds';
import { INTERCEPTION_KINDS, isTlsKind, minutes, normalizeHost, sitesWithin } from '../util';

/**
 * shared-untrusted-issuer: the current failure is cert-untrusted / cert-invalid /
 * interception-detected, and the same error (same errorCode; same kind when the code is unknown)
 * hit ≥ 3 unrelated sites (registrable-ish names, current one included) within 2 minutes →
 * `interception` (0.7; 0.85 from 5 sites). Only public sites count: devices at home and an
 * organisation's hosts carry certificates no browser trusts by design (their own, or the
 * organisation's authority), so several of them failing alike says nothing about interception.
 */
export const sharedUntrustedIssuer = defineRule('shared-untrusted-issuer', (e, now) => {
  const { kind, errorCode } = e.failure;
  if (!INTERCEPTION_KINDS.has(kind)) return null;
  const W = THRESHOLDS.sharedIssuer;
  const same = errorCode
    ? (f: { kind: string; errorCode: string }) => f.errorCode === errorCode
    : (f: { kind: string; errorCode: string }) => f.kind === kind && !f.errorCode;
  const sites = sitesWithin(e, now, W.windowMs, (f) => same(f) && hostScope(f.host) === 'public');
  if (sites.size < W.minSites) return null;
  return {
    cause: 'interception',
    confidence: sites.size >= W.strongSites ? W.confidenceStrong : W.confidence,
    evidence: [text('ev_shared_issuer', sites.size, minutes(W.windowMs))],
  };
});

/**
 * interception-issuer: a certificate issuer matched known interception software → `interception`
 * (0.9 when seen on the failing host, 0.75 on another connection), naming the product. On a
 * certificate failure it also weakens `site-certificate` (× 0.6): software that re-issues the
 * certificates of every site sits in this connection too, so the certificate the browser refused
 * is the software's, and whether the site's own is at fault shows only with its scanning off.
 */
export const interceptionIssuer = defineRule('interception-issuer', (e) => {
  const m = e.interception;
  if (!m || !isTlsKind(e.failure.kind)) return null;
  const sameHost = normalizeHost(m.host) === normalizeHost(e.failure.host);
  const T = THRESHOLDS.interceptionIssuer;
  return {
    cause: 'interception',
    confidence: sameHost ? T.sameHost : T.otherHost,
    evidence: [text('ev_interception_product', m.host, m.issuer, m.product)],
    ...(CERTIFICATE_KINDS.has(e.failure.kind) ? { weakens: [{ cause: 'site-certificate', factor: T.siteCertificateFactor }] } : {}),
  };
});

/** browser-detected-interception: kind `interception-detected` → `interception` (0.9). */
export const browserDetectedInterception = defineRule('browser-detected-interception', (e) =>
  e.failure.kind === 'interception-detected'
    ? {
        cause: 'interception',
        confidence: THRESHOLDS.browserDetectedInterception,
        evidence: [text('ev_browser_detected_interception')],
      }
    : null,
);

/**
 * proxy-by-extension: another extension controls the proxy settings → `interception` (0.6 for
 * certificate kinds a re-signing proxy causes, 0.4 for other TLS kinds), naming the extension when
 * the optional `management` permission let us see it (or the few that could be it, when several
 * enabled extensions hold the `proxy` permission).
 */
export const proxyByExtension = defineRule('proxy-by-extension', (e) => {
  const p = e.proxy;
  if (!p || p.levelOfControl !== 'controlled_by_other_extensions' || !isTlsKind(e.failure.kind)) return null;
  const T = THRESHOLDS.proxy;
  const certish = INTERCEPTION_KINDS.has(e.failure.kind) || e.failure.kind === 'cert-name' || e.failure.kind === 'cert-weak';
  const name = p.controllingExtension?.name.trim();
  const candidates = (p.candidateExtensions ?? []).map((n) => n.trim()).filter((n) => n !== '');
  return {
    cause: 'interception',
    confidence: certish ? T.extensionCertKinds : T.extensionOtherKinds,
    evidence: [
      name
        ? text('ev_proxy_extension_named', name)
        : candidates.length
          ? text('ev_proxy_extension_one_of', candidates.join(', '))
          : text('ev_proxy_extension'),
    ],
  };
});

/** Chromium `fixed_servers` / `pac_script`; Firefox `manual` / `autoConfig`. */
const PROXY_MODES = new Set(['fixed_servers', 'pac_script', 'manual', 'autoconfig']);

/**
 * proxy-configured: a proxy server is configured (fixed servers or a PAC script) and no other
 * extension controls it → `network` (0.25, a low hint: such proxies are usually deliberate).
 */
export const proxyConfigured = defineRule('proxy-configured', (e) => {
  const p = e.proxy;
  if (!p || p.levelOfControl === 'controlled_by_other_extensions' || !isTlsKind(e.failure.kind)) return null;
  if (!p.mode || !PROXY_MODES.has(p.mode.toLowerCase())) return null;
  return {
    cause: 'network',
    confidence: THRESHOLDS.proxy.configured,
    evidence: [text('ev_proxy_configured')],
  };
});

/** This file's rules, in the order diagnose runs them. */
export const INTERCEPTION_RULES: readonly Rule[] = [
  browserDetectedInterception,
  interceptionIssuer,
  sharedUntrustedIssuer,
  proxyByExtension,
  proxyConfigured,
];
