// Clock skew from time sources' `Date` headers, read by the active check after a certificate-date
// failure: a small, bounded, JSON-serializable state and a robust estimate over it. Pure functions
// over plain data; the background owns the state (kept in memory, persisted to storage.session when
// a round changed it) and supplies `now`.
//
// What counts as a source, and why: a `Date` header is whatever the server chose to send, so one
// organization must not be able to outvote everyone else. Samples are kept and counted per site
// (`siteKey`: a.example.com and b.example.com are one source); the failing site is left out of its
// own estimate (the party with the broken certificate does not get to say what time it is); a
// reading over plain http never erases https readings (an on-path attacker can rewrite http, not
// https); and when https readings exist the estimate rests on them alone. Over http the readings
// still count: when the clock is off by enough to break certificates, every https source fails too.
//
// Sign convention everywhere: skewMs = local − server. Positive: the local clock is ahead.
import * as z from 'zod/mini';
import type { ClockSkew } from '../evidence';
import { siteKey } from '../diagnose/util';
import { MAX_HTTP_DATE_MS, MIN_HTTP_DATE_MS } from './http-date';

// ---------------------------------------------------------------------------------------------
// Thresholds
// ---------------------------------------------------------------------------------------------

/**
 * |skew| below this counts as "the clock agrees". The `Date` header has 1 s resolution and is
 * stamped when the server starts the response, so a sample carries up to ~1 s of truncation plus
 * one-way network delay and server think time (seconds on a slow link). Certificate validity
 * errors caused by the clock need far more than that; and 2 min is well under the smallest skew
 * that commonly matters (a certificate issued minutes ago seen from a clock running behind).
 */
export const SKEW_AGREES_MS = 2 * 60_000;

interface SkewLimits {
  /** At most this many sites (one sample each). 16: plenty for a median, and a tiny record. */
  maxHosts: number;
  /** Samples older than this (by the local clock) are ignored and pruned: 6 h. */
  maxSampleAgeMs: number;
  /**
   * Samples stamped later than `now` by more than this are ignored and pruned: the local clock has
   * been moved back since (e.g. the person fixed a clock that ran ahead), so their skew is stale.
   */
  futureToleranceMs: number;
  /** Two samples within this distance agree (see SKEW_AGREES_MS). */
  agreeMs: number;
}

export const DEFAULT_SKEW_LIMITS: Readonly<SkewLimits> = Object.freeze({
  maxHosts: 16,
  maxSampleAgeMs: 6 * 60 * 60_000,
  futureToleranceMs: SKEW_AGREES_MS,
  agreeMs: SKEW_AGREES_MS,
});

/** Hard cap on stored samples whatever the limits say (ClockSkew.sources allows 64). */
const MAX_SKEW_HOSTS = 64;

/** An active check whose round trip took longer than this is too uncertain to use (±30 s). */
const MAX_ACTIVE_ROUND_TRIP_MS = 60_000;

// ---------------------------------------------------------------------------------------------
// State
// ---------------------------------------------------------------------------------------------

const HOST_RE = /^[a-z0-9._:[\]-]+$/;

export const SkewSampleSchema = z.object({
  host: z.string().check(z.minLength(1), z.maxLength(253), z.regex(HOST_RE)),
  /** local − server, ms. */
  skewMs: z.number(),
  /** Local time of the sample, ms since the epoch. */
  localMs: z.number(),
  /** Read over https: the `Date` came from the server that holds the host's certificate. */
  secure: z.boolean(),
});
type SkewSample = z.infer<typeof SkewSampleSchema>;

export const SkewStateSchema = z.object({
  version: z.literal(2),
  samples: z.array(SkewSampleSchema).check(
    z.maxLength(MAX_SKEW_HOSTS),
    z.refine((samples) => new Set(samples.map((s) => siteKey(s.host))).size === samples.length, {
      message: 'duplicate site',
    }),
  ),
});
export type SkewState = z.infer<typeof SkewStateSchema>;

export function emptySkewState(): SkewState {
  return { version: 2, samples: [] };
}

/** Read a stored state; anything malformed (or of an older version) yields an empty state (never throws). */
export function parseSkewState(value: unknown): SkewState {
  const result = SkewStateSchema.safeParse(value);
  return result.success ? result.data : emptySkewState();
}

function resolveLimits(partial: Partial<SkewLimits> | undefined): SkewLimits {
  const l = { ...DEFAULT_SKEW_LIMITS, ...partial };
  const finiteOr = (v: number, d: number) => (Number.isFinite(v) && v >= 0 ? v : d);
  return {
    maxHosts: Math.min(MAX_SKEW_HOSTS, Math.max(1, Math.floor(finiteOr(l.maxHosts, DEFAULT_SKEW_LIMITS.maxHosts)))),
    maxSampleAgeMs: finiteOr(l.maxSampleAgeMs, DEFAULT_SKEW_LIMITS.maxSampleAgeMs),
    futureToleranceMs: finiteOr(l.futureToleranceMs, DEFAULT_SKEW_LIMITS.futureToleranceMs),
    agreeMs: finiteOr(l.agreeMs, DEFAULT_SKEW_LIMITS.agreeMs),
  };
}

// ---------------------------------------------------------------------------------------------
// Plausibility
// ---------------------------------------------------------------------------------------------

/** Local clocks reset by a dead CMOS battery read 1970 or 2000; beyond 2300 is nonsense. */
const MIN_LOCAL_MS = 0;
const MAX_LOCAL_MS = Date.UTC(2300, 0, 1);

/**
 * Lowercased host without a trailing dot, or '' if unusable. Loopback hosts are unusable: a
 * server on this machine shares its clock, so it would always "agree" and mask a wrong clock.
 */
export function normalizeSampleHost(host: string): string {
  if (typeof host !== 'string' || host.length === 0 || host.length > 254) return '';
  let h = host.toLowerCase();
  if (h.endsWith('.')) h = h.slice(0, -1);
  if (h.length === 0 || h.length > 253 || !HOST_RE.test(h)) return '';
  if (h === 'localhost' || h.endsWith('.localhost')) return '';
  if (/^127\.\d+\.\d+\.\d+$/.test(h) || h === '0.0.0.0') return '';
  if (h === '[::1]' || h === '::1' || h === '[::]' || h === '::') return '';
  return h;
}

const plausibleLocal = (ms: number) => Number.isFinite(ms) && ms >= MIN_LOCAL_MS && ms <= MAX_LOCAL_MS;
const plausibleServer = (ms: number) => Number.isFinite(ms) && ms >= MIN_HTTP_DATE_MS && ms <= MAX_HTTP_DATE_MS;

/** Usable for an estimate at local time `now`: neither too old nor stamped in the future. */
function usable(s: SkewSample, now: number, l: SkewLimits): boolean {
  return now - s.localMs <= l.maxSampleAgeMs && s.localMs - now <= l.futureToleranceMs;
}

// ---------------------------------------------------------------------------------------------
// Recording
// ---------------------------------------------------------------------------------------------

/** One reading of a time source (`skewFromTimeSource`), as the active check records it. */
export interface SkewReading {
  host: string;
  /** local − server, ms. */
  skewMs: number;
  /** Local time of the reading. */
  localMs: number;
  /** Read over https. */
  secure: boolean;
}

/**
 * Record one reading of a time source. It replaces the earlier sample of the same site, and it
 * drops older samples that disagree with it: a deliberate, fresh, round-trip-timed measurement is
 * the best evidence of the clock as it is now, and older disagreeing samples are what a clock change
 * leaves behind. Except that a reading over plain http never drops an https sample (nor replaces
 * one of its site): anyone on the path can write an http `Date`. Returns the same object when the
 * reading is unusable or ignored.
 */
export function addActiveCheck(state: SkewState, reading: SkewReading, limits?: Partial<SkewLimits>): SkewState {
  const l = resolveLimits(limits);
  const { skewMs, localMs, secure } = reading;
  const h = normalizeSampleHost(reading.host);
  if (!h || !plausibleLocal(localMs) || !Number.isFinite(skewMs) || !plausibleServer(localMs - skewMs)) return state;
  const site = siteKey(h);
  if (!secure && state.samples.some((s) => s.secure && siteKey(s.host) === site)) return state;
  const next: SkewSample = { host: h, skewMs: Math.round(skewMs), localMs, secure };
  const kept = state.samples.filter(
    (s) => siteKey(s.host) !== site && (Math.abs(s.skewMs - next.skewMs) <= l.agreeMs || (s.secure && !secure)),
  );
  let samples = kept.filter((s) => usable(s, localMs, l));
  while (samples.length >= l.maxHosts) {
    let oldest = 0;
    for (let i = 1; i < samples.length; i++) {
      if ((samples[i] as SkewSample).localMs < (samples[oldest] as SkewSample).localMs) oldest = i;
    }
    samples = samples.filter((_, i) => i !== oldest);
  }
  samples.push(next);
  return { version: 2, samples };
}

// ---------------------------------------------------------------------------------------------
// Estimate
// ---------------------------------------------------------------------------------------------

function median(sorted: readonly number[]): number {
  const n = sorted.length;
  const mid = Math.floor(n / 2);
  if (n % 2 === 1) return sorted[mid] as number;
  return ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Robust estimate of the local clock's error at local time `now`, or undefined with no usable
 * sample. Callers weigh `sources` (1 is a hint, 3+ is evidence).
 *
 * Samples older than `maxSampleAgeMs` or stamped in the future are ignored, and so are samples of
 * `failingHost`'s site (see the top of this file). When any https sample remains, only https samples
 * are used. Then, instead of a plain median (which, with an even split such as 0, 0, +2 y, +2 y,
 * lands on a meaningless +1 y), samples are grouped: each sample's group is every sample within
 * `agreeMs` of it; the largest group wins (ties: the group holding the most recent sample, since a
 * clock change shows up there first), and the estimate is the median over that group. The state
 * holds one sample per site, so groups are counted in sites. A single outlier (a misconfigured
 * server, a captive portal) is therefore outvoted rather than averaged in; samples outside the
 * winning group are not counted in `samples` or `sources`.
 */
export function estimateSkew(state: SkewState, now: number, failingHost = '', limits?: Partial<SkewLimits>): ClockSkew | undefined {
  const l = resolveLimits(limits);
  if (!Number.isFinite(now)) return undefined;
  const failingSite = failingHost ? siteKey(failingHost) : '';
  const usablePool = state.samples.filter((s) => usable(s, now, l) && siteKey(s.host) !== failingSite);
  const securePool = usablePool.filter((s) => s.secure);
  const pool = securePool.length ? securePool : usablePool;
  if (pool.length === 0) return undefined;

  let best: SkewSample[] = [];
  let bestNewest = -Infinity;
  for (const center of pool) {
    const group = pool.filter((s) => Math.abs(s.skewMs - center.skewMs) <= l.agreeMs);
    const newest = Math.max(...group.map((s) => s.localMs));
    if (group.length > best.length || (group.length === best.length && newest > bestNewest)) {
      best = group;
      bestNewest = newest;
    }
  }

  const skewMs = Math.round(median(best.map((s) => s.skewMs).sort((a, b) => a - b)));
  const sources = [...best].sort((a, b) => b.localMs - a.localMs).map((s) => s.host);
  return { skewMs: Object.is(skewMs, -0) ? 0 : skewMs, samples: best.length, sources };
}

// ---------------------------------------------------------------------------------------------
// Active check
// ---------------------------------------------------------------------------------------------

/**
 * Skew from one deliberate request to a time source: the server's time is compared with the
 * midpoint of the request (start and end by the local clock), which halves the round-trip error
 * compared with using either end. The result is local − server in ms, or undefined when the inputs
 * are implausible (non-finite, server date outside 2000–2200, end before start, or a round trip
 * over MAX_ACTIVE_ROUND_TRIP_MS, where the ±RTT/2 uncertainty would approach the 2 min threshold).
 * With a `Date` header as the source, the remaining error is ±RTT/2 plus under 1 s of truncation.
 */
export function skewFromTimeSource(serverDateMs: number, requestStartLocal: number, responseLocal: number): number | undefined {
  if (!plausibleServer(serverDateMs) || !plausibleLocal(requestStartLocal) || !plausibleLocal(responseLocal)) {
    return undefined;
  }
  const rtt = responseLocal - requestStartLocal;
  if (rtt < 0 || rtt > MAX_ACTIVE_ROUND_TRIP_MS) return undefined;
  const skew = Math.round(requestStartLocal + rtt / 2 - serverDateMs);
  return Object.is(skew, -0) ? 0 : skew;
}
