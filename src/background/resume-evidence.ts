// Evidence gathering that a stopped worker cut short, run again when the worker starts.
//
// The browser stops an idle MV3 worker, and a probe can take seconds: a worker stopped mid-probe
// left the incident without its re-probe or other-site probe for good, and the troubleshooter
// said "not tried". Both are always written once they finish (`disabled` and `skipped`
// included), so a missing one on a recent incident means it was interrupted.
import type { Incident } from '../core/incident';
import { gatherMoreEvidence } from './evidence/gather';
import { reprobeFailedUrl } from './evidence/reprobe';
import { allIncidents } from './session-store';
import { loadSettings } from './settings-store';

/** Older incidents keep what they have: the person has moved on, or can ask "Did this fix it?". */
export const RESUME_WINDOW_MS = 2 * 60_000;

/** What of an incident's gathering a worker stop cut short, if it is still worth resuming. */
export function interruptedEvidence(incident: Incident, workerStartedAt: number): { reprobe: boolean; more: boolean } | undefined {
  const { failure } = incident.evidence;
  // A private window's failure is probed only when the person asks.
  if (failure.frame !== 'main' || failure.kind === 'not-tls' || incident.incognito) return undefined;
  // Created in this worker's life: its gathering is running now.
  if (incident.createdAt >= workerStartedAt || workerStartedAt - incident.createdAt > RESUME_WINDOW_MS) return undefined;
  const reprobe = incident.evidence.reprobe === undefined;
  const more = incident.evidence.otherSiteProbe === undefined;
  return reprobe || more ? { reprobe, more } : undefined;
}

/** `alreadyResumed`: incidents whose whole gathering resumePendingMoves restarted. */
export async function resumeInterruptedEvidence(alreadyResumed: ReadonlySet<string>, workerStartedAt: number): Promise<void> {
  const pending = (await allIncidents()).flatMap((incident) => {
    const missing = alreadyResumed.has(incident.id) ? undefined : interruptedEvidence(incident, workerStartedAt);
    return missing ? [{ incident, missing }] : [];
  });
  if (pending.length === 0) return;
  const settings = await loadSettings();
  await Promise.all(
    pending.flatMap(({ incident, missing }) => [
      ...(missing.reprobe ? [reprobeFailedUrl(incident.id, incident.evidence.failure.url, settings)] : []),
      ...(missing.more ? [gatherMoreEvidence(incident, settings)] : []),
    ]),
  );
}
