// The `interception` evidence an incident carries: the latest certificate issuer that matched
// known interception software on a successful connection of the extension's own probes
// (probe-issuers.ts records it; Firefox only, since only Firefox lets an extension read
// certificates). A match older than the window says little about the connection that just failed
// (the person may have changed networks).
import * as z from 'zod/mini';
import { InterceptionMatchSchema, type InterceptionMatch } from '../../core/evidence';
import { INTERCEPTION_KEY } from '../../core/storage-keys';
import { browser } from '../../platform/browser';

/** The latest interception match, with the local time it was seen. */
const StoredInterceptionSchema = z.object({ match: InterceptionMatchSchema, time: z.number() });
type StoredInterception = z.infer<typeof StoredInterceptionSchema>;

/** Matches older than this are not evidence any more. */
export const INTERCEPTION_EVIDENCE_WINDOW_MS = 30 * 60_000;
/** Tolerated "future" time: the clock may have been moved back since (e.g. the person fixed it). */
const FUTURE_TOLERANCE_MS = 60_000;

/** Pure: the stored record as evidence at local time `now`, or undefined. */
export function interceptionEvidenceFrom(stored: unknown, now: number): InterceptionMatch | undefined {
  const parsed = StoredInterceptionSchema.safeParse(stored);
  if (!parsed.success) return undefined;
  const age = now - parsed.data.time;
  return age <= INTERCEPTION_EVIDENCE_WINDOW_MS && age >= -FUTURE_TOLERANCE_MS ? parsed.data.match : undefined;
}

/** Keeps `match`, seen at local time `time`, for the incidents that follow (storage.session). */
export function rememberInterception(match: InterceptionMatch, time: number): Promise<void> {
  return browser.storage.session.set({ [INTERCEPTION_KEY]: { match, time } satisfies StoredInterception });
}

/** The interception evidence for an incident created at `now` (never in the Chromium build). */
export async function latestInterception(now: number): Promise<InterceptionMatch | undefined> {
  if (__BROWSER__ !== 'firefox') return undefined;
  const stored = (await browser.storage.session.get(INTERCEPTION_KEY))[INTERCEPTION_KEY];
  return interceptionEvidenceFrom(stored, now);
}
