// Evidence: everything `diagnose` may look at, as plain validated data. The background gathers
// it; the core never asks a browser for anything.
import * as z from 'zod/mini';
import { wholeNumber } from './integer';
import { BROWSERS, FAILURE_KINDS, OSES, type FailureKind } from './kinds';
import { boundUrl, StoredUrlSchema } from './url-bound';
import { HttpUrlSchema } from './settings';

export const FailureKindSchema = z.enum(FAILURE_KINDS);
export const FrameSchema = z.enum(['main', 'sub']);

/** The longest raw error a record keeps: longer reports are cut to this, not refused (URLs: url-bound.ts). */
export const MAX_RAW_ERROR = 4096;

/** The failure being diagnosed. */
export const FailureSchema = z.object({
  /** Exactly what the browser reported (`net::ERR_CERT_DATE_INVALID`, `Error code 2153390069`, en-US text…). */
  rawError: z.string().check(z.maxLength(MAX_RAW_ERROR)),
  /** Normalized code: `net::ERR_*`, the decoded NSS/PKIX name, an `NS_ERROR_*` name, or '' when unknown. */
  errorCode: z.string().check(z.maxLength(256)),
  kind: FailureKindSchema,
  url: StoredUrlSchema,
  host: z.string().check(z.maxLength(1024)),
  frame: FrameSchema,
  /** ms since the epoch, by the local (possibly wrong) clock. */
  time: z.number(),
});
export type Failure = z.infer<typeof FailureSchema>;

/** The record of a browser's error report for `url`, its raw error and URL cut to the bounds (the URL to its stored form). */
export function failureFrom(
  report: { url: string; error: string },
  classification: { errorCode: string; kind: FailureKind },
  host: string,
  frame: Failure['frame'],
  time: number,
): Failure {
  return {
    rawError: report.error.slice(0, MAX_RAW_ERROR),
    errorCode: classification.errorCode,
    kind: classification.kind,
    url: boundUrl(report.url),
    host,
    frame,
    time,
  };
}

/** A TLS failure seen recently on some host (the current one included or not: rules filter). */
export const RecentFailureSchema = z.object({
  host: z.string().check(z.maxLength(1024)),
  /** The registrable-ish name of the top-level page the failure was seen on (its own for a page that failed). */
  page: z.optional(z.string().check(z.maxLength(1024))),
  kind: FailureKindSchema,
  errorCode: z.string().check(z.maxLength(256)),
  time: z.number(),
});
export type RecentFailure = z.infer<typeof RecentFailureSchema>;

/** One probe of another, unrelated HTTPS site ("is it just this site?"). */
export const ProbeResultSchema = z.object({
  host: z.string().check(z.maxLength(1024)),
  ok: z.boolean(),
  errorCode: z.optional(z.string().check(z.maxLength(256))),
  kind: z.optional(FailureKindSchema),
});
export type ProbeResult = z.infer<typeof ProbeResultSchema>;

export const OtherSiteProbeSchema = z.object({
  status: z.enum(['done', 'disabled', 'skipped']),
  results: z.array(ProbeResultSchema),
});
export type OtherSiteProbe = z.infer<typeof OtherSiteProbeSchema>;

/** Fetching the failed URL again from the background, reading the exact error. */
export const ReprobeSchema = z.object({
  status: z.enum(['failed', 'ok', 'disabled', 'skipped']),
  errorCode: z.optional(z.string().check(z.maxLength(256))),
  kind: z.optional(FailureKindSchema),
});
export type Reprobe = z.infer<typeof ReprobeSchema>;

/** Local clock minus true time, as estimated from server `Date` headers or time sources. */
export const ClockSkewSchema = z.object({
  /** Positive: the local clock is ahead. */
  skewMs: z.number(),
  samples: z.number().check(wholeNumber(), z.nonnegative()),
  /** Distinct hosts the estimate rests on. */
  sources: z.array(z.string().check(z.maxLength(1024))).check(z.maxLength(64)),
});
export type ClockSkew = z.infer<typeof ClockSkewSchema>;

/** `proxy.settings` as the extension sees it. */
export const ProxyStateSchema = z.object({
  levelOfControl: z.enum([
    'not_controllable',
    'controlled_by_other_extensions',
    'controllable_by_this_extension',
    'controlled_by_this_extension',
  ]),
  /** `direct`, `system`, `fixed_servers`, `pac_script`, `auto_detect`, or Firefox's proxyType. */
  mode: z.optional(z.string().check(z.maxLength(64))),
  /** Named only after the person grants the optional `management` permission. */
  controllingExtension: z.optional(z.object({ id: z.string().check(z.maxLength(256)), name: z.string().check(z.maxLength(256)) })),
  /** Names of the enabled extensions with the `proxy` permission when more than one could be it. */
  candidateExtensions: z.optional(z.array(z.string().check(z.maxLength(256))).check(z.maxLength(16))),
});
export type ProxyState = z.infer<typeof ProxyStateSchema>;

/** A certificate issuer seen on a connection that matched known interception software. */
export const InterceptionMatchSchema = z.object({
  product: z.string().check(z.maxLength(256)),
  issuer: z.string().check(z.maxLength(1024)),
  host: z.string().check(z.maxLength(1024)),
});
export type InterceptionMatch = z.infer<typeof InterceptionMatchSchema>;

/**
 * The TLS 1.2 check after a version or cipher failure: a TLS-1.2-only endpoint asked once.
 * `refused`: the same kind of failure there, so this browser will not speak TLS 1.2 (its settings);
 * `spoke`: it answered (any HTTP status), so the browser speaks TLS 1.2 and the site is at fault;
 * `unreachable`: anything else (timeout, refused connection, another error): no conclusion.
 */
export const Tls12CheckSchema = z.object({
  outcome: z.enum(['refused', 'spoke', 'unreachable']),
  host: z.string().check(z.maxLength(1024)),
  errorCode: z.optional(z.string().check(z.maxLength(256))),
});
export type Tls12Check = z.infer<typeof Tls12CheckSchema>;

/** The captive-portal check after a TLS failure (src/core/captive-portal). */
export const CaptivePortalSchema = z.object({
  state: z.enum(['portal', 'online', 'not-portal', 'unknown']),
  /** Where "Open the sign-in page" goes: the portal's redirect target or the check URL (http/https only). */
  signIn: z.optional(HttpUrlSchema),
});
export type CaptivePortal = z.infer<typeof CaptivePortalSchema>;

export const EnvironmentSchema = z.object({
  browser: z.enum(BROWSERS),
  version: z.string().check(z.maxLength(64)),
  os: z.enum(OSES),
});
export type Environment = z.infer<typeof EnvironmentSchema>;

/** The other form of a host that failed with a name mismatch (`www.` added or removed), asked at its origin. */
export const AlternativeHostSchema = z.object({
  host: z.string().check(z.maxLength(1024)),
  /** It completed a handshake with a certificate the browser accepts and answered (any HTTP status). */
  answered: z.boolean(),
});
export type AlternativeHost = z.infer<typeof AlternativeHostSchema>;

export const EvidenceSchema = z.object({
  failure: FailureSchema,
  recentFailures: z.array(RecentFailureSchema),
  otherSiteProbe: z.optional(OtherSiteProbeSchema),
  reprobe: z.optional(ReprobeSchema),
  clock: z.optional(ClockSkewSchema),
  proxy: z.optional(ProxyStateSchema),
  interception: z.optional(InterceptionMatchSchema),
  alternativeHost: z.optional(AlternativeHostSchema),
  /** Whether this browser speaks TLS 1.2 at all, measured against a TLS-1.2-only endpoint. */
  tls12Check: z.optional(Tls12CheckSchema),
  captivePortal: z.optional(CaptivePortalSchema),
  environment: EnvironmentSchema,
});
export type Evidence = z.infer<typeof EvidenceSchema>;
