// Per-tab state and incidents in storage.session: they must outlive the service worker, which
// the browser stops whenever it is idle. Every read validates; a corrupt record is dropped and
// logged on its own, never thrown into a listener.
import * as z from 'zod/mini';
import { MAX_RAW_ERROR } from '../core/evidence';
import { parseIncident, type Incident } from '../core/incident';
import { browser } from '../platform/browser';
import { progressKey } from './progress-store';

const TabStateSchema = z.object({
  /** The main-frame navigation in progress: failure events for it are handled once. */
  nav: z.optional(z.object({ url: z.string(), startedAt: z.number(), handled: z.boolean() })),
  /**
   * Failures of this URL show the browser's own page (Back onto the failed entry, or "show the
   * browser's warning"): the first one, and any while the tab already shows that page (Chromium
   * auto-reloads network error pages). Leaving the URL ends it.
   */
  standAside: z.optional(z.object({ url: z.string(), nativeShown: z.boolean() })),
  /** Back was asked for: if this URL fails again before `until`, step back over it. */
  backSkip: z.optional(z.object({ url: z.string(), until: z.number() })),
  /** Incidents of this tab, oldest first. */
  incidentIds: z.array(z.string()),
  /**
   * A main-frame failure being handled, written before anything else about it and cleared once its
   * incident is stored: a worker stopped in between finds it here (at start-up, or with the
   * failure's second report) and handles it again, under the same incident id (main-frame-failure.ts).
   */
  failing: z.optional(
    z.object({ url: z.string(), error: z.string().check(z.maxLength(MAX_RAW_ERROR)), timeStamp: z.number(), incidentId: z.string().check(z.regex(/^[a-z0-9-]{8,64}$/)) }),
  ),
});
export type TabState = z.infer<typeof TabStateSchema>;

const MAX_INCIDENTS_PER_TAB = 20;
const tabKey = (tabId: number) => `tab:${tabId}`;
const incidentKey = (id: string) => `incident:${id}`;

export const emptyTabState = (): TabState => ({ incidentIds: [] });

export async function readTab(tabId: number): Promise<TabState> {
  const key = tabKey(tabId);
  const stored = (await browser.storage.session.get(key))[key];
  if (stored === undefined) return emptyTabState();
  const parsed = TabStateSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  console.warn(`[handshake-doctor] dropped corrupt ${key}: ${parsed.error.message}`);
  return emptyTabState();
}

export async function writeTab(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [tabKey(tabId)]: state });
}

/** A stored incident record, or undefined (logged) when it is corrupt. */
function incidentFrom(key: string, stored: unknown): Incident | undefined {
  const incident = parseIncident(stored);
  if (!incident) console.warn(`[handshake-doctor] dropped corrupt ${key}`);
  return incident;
}

export async function readIncident(id: string): Promise<Incident | undefined> {
  const key = incidentKey(id);
  const stored = (await browser.storage.session.get(key))[key];
  return stored === undefined ? undefined : incidentFrom(key, stored);
}

export async function writeIncident(incident: Incident): Promise<void> {
  await browser.storage.session.set({ [incidentKey(incident.id)]: incident });
}

/**
 * Stores the incident and its tab's state with the incident added, in one write (so neither is
 * ever stored without the other), then drops the tab's oldest incidents beyond the cap.
 */
export async function attachIncident(state: TabState, incident: Incident): Promise<TabState> {
  const ids = [...state.incidentIds, incident.id];
  const dropped = ids.splice(0, Math.max(0, ids.length - MAX_INCIDENTS_PER_TAB));
  const next = { ...state, incidentIds: ids };
  await browser.storage.session.set({ [incidentKey(incident.id)]: incident, [tabKey(incident.tabId)]: next });
  if (dropped.length) await browser.storage.session.remove([...dropped.map(incidentKey), ...dropped.map(progressKey)]);
  return next;
}

export async function forgetTab(tabId: number): Promise<void> {
  const state = await readTab(tabId);
  await browser.storage.session.remove([tabKey(tabId), ...state.incidentIds.flatMap((id) => [incidentKey(id), progressKey(id)])]);
}

/** Every stored incident; corrupt records are dropped and logged. */
export async function allIncidents(): Promise<Incident[]> {
  const all = await browser.storage.session.get(null);
  return Object.entries(all).flatMap(([key, value]) => {
    const incident = key.startsWith(incidentKey('')) ? incidentFrom(key, value) : undefined;
    return incident ? [incident] : [];
  });
}

export async function incidentsOfTab(tabId: number): Promise<Incident[]> {
  const state = await readTab(tabId);
  const found = await Promise.all(state.incidentIds.map(readIncident));
  return found.filter((i): i is Incident => i !== undefined);
}
