// Clock evidence, measured only after a certificate-date failure: the active check reads a few time
// sources (never the failing site, see src/core/clock/time-source-urls.ts) and the readings are
// kept for a few hours, so later failures reuse them. No ordinary response is ever sampled: a web
// page chooses its own `Date` headers, and listening to every response would wake the worker on
// every healthy navigation.
//
// The state (≤ 16 sites, one sample each) lives in memory and is mirrored to storage.session when
// a round changed it.
import { emptySkewState, estimateSkew, parseSkewState, SkewStateSchema, type SkewReading, type SkewState } from '../../core/clock';
import type { ClockSkew, Failure } from '../../core/evidence';
import type { Settings } from '../../core/settings';
import { CLOCK_SKEW_KEY as KEY } from '../../core/storage-keys';
import { browser } from '../../platform/browser';
import { enqueue } from '../write-queue';
import { applyActiveRound } from '../../core/clock/active-round';
import { roundAllowed, TIME_CHECK_INTERVAL_MS } from '../../core/probe-plan';
import { readRounds, updateRounds } from './rounds';
import { readTimeSource } from './read-time-source';
import { httpFallback, needsActiveCheck, timeSourceUrls } from '../../core/clock/time-source-urls';

const log = (error: unknown) => console.warn('[handshake-doctor] clock', error);

let state: SkewState | undefined;
let loading: Promise<SkewState> | undefined;

/** Loads the stored state (on demand, once per worker start). */
function ready(): Promise<SkewState> {
  if (state) return Promise.resolve(state);
  loading ??= browser.storage.session.get(KEY).then(
    (all) => {
      if (all[KEY] !== undefined && !SkewStateSchema.safeParse(all[KEY]).success) console.warn(`[handshake-doctor] dropped corrupt ${KEY}`);
      return (state ??= parseSkewState(all[KEY]));
    },
    () => (state ??= emptySkewState()),
  );
  return loading;
}

let persistQueued = false;
/** One pending write at a time; it stores whatever the state is when it runs. */
function persist(): void {
  if (persistQueued) return;
  persistQueued = true;
  enqueue(async () => {
    persistQueued = false;
    if (state) await browser.storage.session.set({ [KEY]: state });
  }).catch(log);
}

function replace(next: SkewState): void {
  if (next === state) return;
  state = next;
  persist();
}

/** clockCheck switched off: forget every sample (they name hosts the person visited). */
export function forgetClockSamples(): void {
  state = emptySkewState();
  enqueue(() => browser.storage.session.remove(KEY)).catch(log);
}

/** One time source: over https when the URL says so, else (or when that fails) over plain http. */
async function readSource(url: string): Promise<SkewReading | undefined> {
  const fallback = httpFallback(url);
  return (await readTimeSource(url)) ?? (fallback === undefined ? undefined : readTimeSource(fallback));
}

let checking: Promise<void> | undefined;

/** One round of time-source readings, unless one ran in the last minute (then: nothing). */
function activeRound(urls: readonly string[]): Promise<void> {
  checking ??= (async () => {
    const now = Date.now();
    if (!roundAllowed((await readRounds()).timeCheck?.at, now, TIME_CHECK_INTERVAL_MS)) return;
    await updateRounds((r) => ({ ...r, timeCheck: { at: now } }));
    // ≤ MAX_TIME_SOURCES (4) requests, all at once: each has its own 5 s timeout.
    const readings = (await Promise.all(urls.map(readSource))).filter((r): r is SkewReading => r !== undefined);
    if (readings.length) replace(applyActiveRound(await ready(), readings));
  })().finally(() => {
    checking = undefined;
  });
  return checking;
}

/**
 * The clock evidence for a failure: the estimate from earlier readings, without the failing site.
 * For a cert-date failure with a thin estimate (`needsActiveCheck`), the time sources are read
 * first (rate-limited: one round a minute; concurrent failures share it). `onPassive` receives the
 * earlier estimate at once, so the troubleshooter can show it while the check runs.
 */
export async function clockEvidenceFor(
  failure: Failure,
  settings: Settings,
  onPassive?: (estimate: ClockSkew) => Promise<unknown>,
): Promise<ClockSkew | undefined> {
  if (!settings.clockCheck) return undefined;
  const passive = estimateSkew(await ready(), Date.now(), failure.host);
  if (failure.kind !== 'cert-date' || !needsActiveCheck(passive)) return passive;
  if (passive && onPassive) await onPassive(passive);
  const urls = timeSourceUrls(settings, failure.url);
  if (urls.length) await activeRound(urls);
  return estimateSkew(await ready(), Date.now(), failure.host);
}
