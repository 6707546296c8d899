// Clock evidence: passive samples of server `Date` headers on ordinary responses, and an active
// check of time sources after a certificate-date failure when the passive estimate is thin.
//
// The sampler state (≤ 16 hosts, one sample each) lives in memory and is mirrored to
// storage.session only when it changed; `wantsSample` turns away nearly every response before
// any header is read, so the per-response cost is a host extraction and a scan of ≤ 16 records.
import {
  addSample,
  emptySkewState,
  estimateSkew,
  parseHttpDate,
  parseSkewState,
  SkewStateSchema,
  wantsSample,
  type SkewState,
} from '../../core/clock';
import type { ClockSkew, Failure } from '../../core/evidence';
import type { Settings } from '../../core/settings';
import { CLOCK_SKEW_KEY as KEY } from '../../core/storage-keys';
import { browser } from '../../platform/browser';
import { enqueue } from '../write-queue';
import { applyActiveRound, type TimeReading } from '../../core/clock/active-round';
import { fastHost, headerValue, parseAge, type HttpHeader } from '../../core/http-headers';
import { roundAllowed, TIME_CHECK_INTERVAL_MS } from '../../core/probe-plan';
import { readRounds, updateRounds } from './rounds';
import { cachedSettings } from './settings-cache';
import { readTimeSource } from './read-time-source';
import { needsActiveCheck, timeSourceUrls } from '../../core/clock/time-source-urls';

const log = (error: unknown) => console.warn('[handshake-doctor] clock', error);

let state: SkewState | undefined;
let loading: Promise<SkewState> | undefined;

/** Loads the stored state (called once at worker start, and on demand). */
export function ready(): Promise<SkewState> {
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

/** What the listener needs of webRequest.onHeadersReceived details (both browsers). */
export interface ResponseDetails {
  url: string;
  tabId: number;
  statusCode: number;
  timeStamp: number;
  responseHeaders?: HttpHeader[];
  /** Firefox only. */
  fromCache?: boolean;
  /** Firefox only: private-window responses are never sampled. */
  incognito?: boolean;
}

/** The per-response listener body: cheap gates first, headers read only for a wanted sample. */
export function sampleResponse(d: ResponseDetails): void {
  if (!cachedSettings()?.clockCheck) return;
  if (!state) {
    ready().catch(log); // responses in the first milliseconds after a worker start are skipped
    return;
  }
  if (d.fromCache || d.incognito || d.statusCode < 200 || d.statusCode >= 500) return;
  const host = fastHost(d.url);
  if (!host || !wantsSample(state, host, d.timeStamp)) return;
  const date = headerValue(d.responseHeaders, 'date');
  const serverDateMs = date === undefined ? undefined : parseHttpDate(date);
  if (serverDateMs === undefined) return;
  replace(
    addSample(state, {
      host,
      serverDateMs,
      localMs: d.timeStamp,
      fromCache: false,
      ageSeconds: parseAge(headerValue(d.responseHeaders, 'age')),
    }),
  );
}

/** clockCheck switched off: forget every sample (they name hosts the person visited). */
export function forgetClockSamples(): void {
  state = emptySkewState();
  enqueue(() => browser.storage.session.remove(KEY)).catch(log);
}

/** The passive estimate now, or undefined (no samples, or clockCheck off). */
async function passiveClockEstimate(settings: Settings): Promise<ClockSkew | undefined> {
  if (!settings.clockCheck) return undefined;
  return estimateSkew(await ready(), Date.now());
}

let checking: Promise<void> | undefined;

/** One round of time-source readings, unless one ran in the last minute (then: nothing). */
function activeRound(urls: readonly string[]): Promise<void> {
  checking ??= (async () => {
    const now = Date.now();
    if (!roundAllowed((await readRounds()).timeCheck?.at, now, TIME_CHECK_INTERVAL_MS)) return;
    await updateRounds((r) => ({ ...r, timeCheck: { at: now } }));
    // ≤ MAX_TIME_SOURCES (4) requests, all at once: each has its own 5 s timeout.
    const readings = (await Promise.all(urls.map(readTimeSource))).filter((r): r is TimeReading => r !== undefined);
    if (readings.length) replace(applyActiveRound(await ready(), readings));
  })().finally(() => {
    checking = undefined;
  });
  return checking;
}

/**
 * The clock evidence for a failure. For a cert-date failure with a thin passive estimate
 * (`needsActiveCheck`), the time sources are read first (rate-limited: one round a minute;
 * concurrent failures share it). `onPassive` receives the passive estimate at once, so the
 * troubleshooter can show it while the check runs.
 */
export async function clockEvidenceFor(
  failure: Failure,
  settings: Settings,
  onPassive?: (estimate: ClockSkew) => Promise<unknown>,
): Promise<ClockSkew | undefined> {
  if (!settings.clockCheck) return undefined;
  const passive = await passiveClockEstimate(settings);
  if (failure.kind !== 'cert-date' || !needsActiveCheck(passive)) return passive;
  if (passive && onPassive) await onPassive(passive);
  const urls = timeSourceUrls(settings, failure.url);
  if (urls.length) await activeRound(urls);
  return estimateSkew(await ready(), Date.now());
}
