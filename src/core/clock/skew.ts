// Clock skew from server `Date` headers: a small, bounded, JSON-serializable sampler state and a
// robust estimate over it. Pure functions over plain data; the background owns the state (kept in
// memory, persisted to storage.session when `addSample` returns a new object) and supplies `now`.
//
// Sign convention everywhere: skewMs = local − server. Positive: the local clock is ahead.
import * as z from 'zod/mini';
import type { ClockSkew } from '../evidence';
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
  /** At most this many hosts (one sample each). 16: plenty for a median, and a tiny record. */
  maxHosts: number;
  /**
   * A host is sampled at most once per this interval; when every slot holds a sample younger than
   * this, new hosts are turned away too. So the state changes (and is written) at most
   * `maxHosts` times per interval, however busy the browsing: 16 writes per 10 min.
   */
  minIntervalMs: number;
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
  minIntervalMs: 10 * 60_000,
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

/** What the background extracts from one successful response. */
export type DateSample = {
  /** The response's hostname (`new URL(url).hostname`). */
  host: string;
  /** `parseHttpDate(Date header)`. */
  serverDateMs: number;
  /** Local time the headers arrived (webRequest `timeStamp` or `Date.now()`). */
  localMs: number;
  /** webRequest `fromCache`: a cached response carries an old Date. */
  fromCache: boolean;
  /** The `Age` header in seconds, if present (NaN if present but unparsable). */
  ageSeconds?: number;
};

const HOST_RE = /^[a-z0-9._:[\]-]+$/;

export const SkewSampleSchema = z.object({
  host: z.string().check(z.minLength(1), z.maxLength(253), z.regex(HOST_RE)),
  /** local − server, ms. */
  skewMs: z.number(),
  /** Local time of the sample, ms since the epoch. */
  localMs: z.number(),
});
type SkewSample = z.infer<typeof SkewSampleSchema>;

export const SkewStateSchema = z.object({
  version: z.literal(1),
  samples: z.array(SkewSampleSchema).check(
    z.maxLength(MAX_SKEW_HOSTS),
    z.refine((samples) => new Set(samples.map((s) => s.host)).size === samples.length, {
      message: 'duplicate host',
    }),
  ),
});
export type SkewState = z.infer<typeof SkewStateSchema>;

export function emptySkewState(): SkewState {
  return { version: 1, samples: [] };
}

/** Read a stored state; anything malformed yields an empty state (never throws). */
export function parseSkewState(value: unknown): SkewState {
  const result = SkewStateSchema.safeParse(value);
  return result.success ? result.data : emptySkewState();
}

function resolveLimits(partial: Partial<SkewLimits> | undefined): SkewLimits {
  const l = { ...DEFAULT_SKEW_LIMITS, ...partial };
  const finiteOr = (v: number, d: number) => (Number.isFinite(v) && v >= 0 ? v : d);
  return {
    maxHosts: Math.min(MAX_SKEW_HOSTS, Math.max(1, Math.floor(finiteOr(l.maxHosts, DEFAULT_SKEW_LIMITS.maxHosts)))),
    minIntervalMs: finiteOr(l.minIntervalMs, DEFAULT_SKEW_LIMITS.minIntervalMs),
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

/** Sampled recently enough that re-sampling this host would add nothing. */
function fresh(s: SkewSample, now: number, l: SkewLimits): boolean {
  return now - s.localMs < l.minIntervalMs && s.localMs - now <= l.futureToleranceMs;
}

// ---------------------------------------------------------------------------------------------
// Admission
// ---------------------------------------------------------------------------------------------

/**
 * The cheap gate for the per-response listener: call it before reading any header. True when a
 * sample from `host` at `localMs` would be taken, i.e. the host has no sample younger than
 * `minIntervalMs` and there is a free or non-fresh slot. It is a scan of at most `maxHosts` (16)
 * tiny records, no parsing and no storage access, so the listener costs next to nothing on the
 * vast majority of responses, and `addSample` (with its storage write) runs at most `maxHosts`
 * times per `minIntervalMs`. The listener should also skip `fromCache` responses up front.
 */
export function wantsSample(state: SkewState, host: string, localMs: number, limits?: Partial<SkewLimits>): boolean {
  const l = resolveLimits(limits);
  const h = normalizeSampleHost(host);
  if (!h || !plausibleLocal(localMs)) return false;
  const own = state.samples.find((s) => s.host === h);
  if (own) return !fresh(own, localMs, l);
  if (state.samples.length < l.maxHosts) return true;
  return state.samples.some((s) => !fresh(s, localMs, l));
}

/**
 * Add one response's `Date` to the state. Returns the same object when nothing changed (ignored or
 * turned away), so the caller persists only when `next !== state`.
 *
 * Ignored: cached responses, responses with `Age` > 0 (or an unparsable Age), loopback or malformed
 * hosts, implausible server dates (outside 2000–2200) or local times. Turned away: a host sampled
 * less than `minIntervalMs` ago, or a new host when every slot is fresh. Otherwise the host's sample
 * is replaced (or a slot taken, evicting the oldest non-fresh sample), and samples no longer usable
 * (older than `maxSampleAgeMs`, or stamped in the future) are pruned.
 */
export function addSample(state: SkewState, sample: DateSample, limits?: Partial<SkewLimits>): SkewState {
  const l = resolveLimits(limits);
  if (sample.fromCache) return state;
  if (sample.ageSeconds !== undefined && !(sample.ageSeconds <= 0)) return state;
  const host = normalizeSampleHost(sample.host);
  if (!host || !plausibleLocal(sample.localMs) || !plausibleServer(sample.serverDateMs)) return state;
  const now = sample.localMs;
  if (!wantsSample(state, host, now, l)) return state;

  const next: SkewSample = { host, skewMs: Math.round(now - sample.serverDateMs), localMs: now };
  return insert(state, next, now, l);
}

/**
 * Record the result of an active check (`skewFromTimeSource`), e.g. when the person presses Retry
 * after changing their clock. It bypasses the per-host interval, and it drops every older sample
 * that disagrees with it: a deliberate, fresh, round-trip-timed measurement is the best evidence of
 * the clock as it is now, and older disagreeing samples are what a clock change leaves behind
 * (a clock moved forward by less than `maxSampleAgeMs` is otherwise invisible to the sampler).
 */
export function addActiveCheck(state: SkewState, host: string, skewMs: number, localMs: number, limits?: Partial<SkewLimits>): SkewState {
  const l = resolveLimits(limits);
  const h = normalizeSampleHost(host);
  if (!h || !plausibleLocal(localMs) || !Number.isFinite(skewMs) || !plausibleServer(localMs - skewMs)) return state;
  const next: SkewSample = { host: h, skewMs: Math.round(skewMs), localMs };
  const kept = state.samples.filter((s) => s.host !== h && Math.abs(s.skewMs - next.skewMs) <= l.agreeMs);
  return insert({ version: 1, samples: kept }, next, localMs, l, true);
}

function insert(state: SkewState, next: SkewSample, now: number, l: SkewLimits, force = false): SkewState {
  let samples = state.samples.filter((s) => s.host !== next.host && usable(s, now, l));
  while (samples.length >= l.maxHosts) {
    // Evict the oldest; `wantsSample` has already checked it is not fresh (unless forced).
    let oldest = 0;
    for (let i = 1; i < samples.length; i++) {
      if ((samples[i] as SkewSample).localMs < (samples[oldest] as SkewSample).localMs) oldest = i;
    }
    if (!force && fresh(samples[oldest] as SkewSample, now, l)) return state;
    samples = samples.filter((_, i) => i !== oldest);
  }
  samples.push(next);
  return { version: 1, samples };
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
 * sample. Callers weigh `samples` (1 is a hint, 3+ is evidence).
 *
 * Samples older than `maxSampleAgeMs` or stamped in the future are ignored. Then, instead of a
 * plain median (which, with an even split such as 0, 0, +2 y, +2 y, lands on a meaningless +1 y),
 * hosts are grouped: each sample's group is every sample within `agreeMs` of it; the largest group
 * wins (ties: the group holding the most recent sample, since a clock change shows up there first),
 * and the estimate is the median over that group's distinct hosts. A single outlier host (a
 * misconfigured server, a captive portal) is therefore outvoted rather than averaged in; hosts
 * outside the winning group are not counted in `samples` or `sources`.
 */
export function estimateSkew(state: SkewState, now: number, limits?: Partial<SkewLimits>): ClockSkew | undefined {
  const l = resolveLimits(limits);
  if (!Number.isFinite(now)) return undefined;
  const pool = state.samples.filter((s) => usable(s, now, l));
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
