// Per-tab state and incidents in storage.session: they must outlive the service worker, which
// the browser stops whenever it is idle. Every read validates; a corrupt record is dropped and
// logged on its own, never thrown into a listener.
import * as z from 'zod/mini';
import { MAX_RAW_ERROR } from '../core/evidence';
import { IncidentSchema, type Incident } from '../core/incident';
import { IncidentIdSchema } from '../core/incident-id';
import { INCIDENT_ORDER_KEY, incidentKey, isIncidentKey, progressKey, tabIdOfKey, tabKey } from '../core/storage-keys';
import { StoredUrlSchema } from '../core/url-bound';
import { browser } from '../platform/browser';
import { defineItem, loggedValue, wholeValue } from '../platform/storage-item';

// Every URL here is in its stored form (url-bound.ts): compare the stored form of a reported URL.
const TabStateSchema = z.object({
  /** The main-frame navigation in progress: failure events for it are handled once. */
  nav: z.optional(z.object({ url: StoredUrlSchema, startedAt: z.number(), handled: z.boolean() })),
  /**
   * Failures of this URL show the browser's own page (Back onto the failed entry, or "show the
   * browser's warning"): the first one, and any while the tab already shows that page (Chromium
   * auto-reloads network error pages). Leaving the URL ends it.
   */
  standAside: z.optional(z.object({ url: StoredUrlSchema, nativeShown: z.boolean() })),
  /** Back was asked for: if this URL fails again before `until`, step back over it. */
  backSkip: z.optional(z.object({ url: StoredUrlSchema, until: z.number() })),
  /** A captive portal's sign-in page opened here: until then, failures in this tab are left to the
   *  browser (the portal may answer an HTTPS-Upgrades attempt with its own certificate). */
  signInUntil: z.optional(z.number()),
  /** Incidents of this tab, oldest first. */
  incidentIds: z.array(z.string()),
  /**
   * A main-frame failure being handled, written before anything else about it and cleared once its
   * incident is stored: a worker stopped in between finds it here (at start-up, or with the
   * failure's second report) and handles it again, under the same incident id (main-frame-failure.ts).
   */
  failing: z.optional(
    z.object({
      url: StoredUrlSchema,
      error: z.string().check(z.maxLength(MAX_RAW_ERROR)),
      timeStamp: z.number(),
      incidentId: IncidentIdSchema,
    }),
  ),
});
export type TabState = z.infer<typeof TabStateSchema>;

const MAX_INCIDENTS_PER_TAB = 20;
/**
 * All tabs' incidents together: with every field bounded an incident stays under ~60 KB even when
 * built to be large (test/unit/background/session-store.test.ts), so incidents take at most ~6 MB of
 * storage.session's 10 MB (Chromium's QUOTA_BYTES), leaving the rest for tab states and evidence.
 */
const MAX_STORED_INCIDENTS = 100;

const emptyTabState = (): TabState => ({ incidentIds: [] });

const readTabState = wholeValue(TabStateSchema, emptyTabState);
const tabItem = (tabId: number) => defineItem({ area: 'session', key: tabKey(tabId), read: readTabState });

/** The ids of all tabs' incidents, oldest first; may name incidents already gone with their tab. */
const incidentOrder = defineItem({ area: 'session', key: INCIDENT_ORDER_KEY, read: wholeValue(z.array(IncidentIdSchema), () => []) });

const readIncidentRecord = wholeValue(IncidentSchema, () => undefined);
const incidentItem = (id: string) => defineItem<Incident | undefined>({ area: 'session', key: incidentKey(id), read: readIncidentRecord });

export const readTab = (tabId: number): Promise<TabState> => tabItem(tabId).get();

export const writeTab = (tabId: number, state: TabState): Promise<void> => tabItem(tabId).set(state);

export const readIncident = (id: string): Promise<Incident | undefined> => incidentItem(id).get();

export const writeIncident = (incident: Incident): Promise<void> => incidentItem(incident.id).set(incident);

/** Removes the first `count` of `ids` from it and returns them. */
const dropOldest = (ids: string[], count: number): string[] => ids.splice(0, Math.max(0, count));

/**
 * Stores the incident and its tab's state with the incident added, in one write (so neither is
 * ever stored without the other), then drops the oldest incidents beyond the tab's cap and beyond
 * the cap of all tabs together (another tab's state may then name a dropped incident until that
 * tab records again: readers take it as gone). Call inside the write queue.
 */
export async function attachIncident(state: TabState, incident: Incident): Promise<TabState> {
  const ids = [...state.incidentIds, incident.id];
  const dropped = dropOldest(ids, ids.length - MAX_INCIDENTS_PER_TAB);
  const order = [...(await incidentOrder.get()).filter((id) => !dropped.includes(id)), incident.id];
  dropped.push(...dropOldest(order, order.length - MAX_STORED_INCIDENTS));
  const next = { ...state, incidentIds: ids.filter((id) => order.includes(id)) };
  await browser.storage.session.set({ [incidentKey(incident.id)]: incident, [tabKey(incident.tabId)]: next, [INCIDENT_ORDER_KEY]: order });
  if (dropped.length) await browser.storage.session.remove([...dropped.map(incidentKey), ...dropped.map(progressKey)]);
  return next;
}

export async function forgetTab(tabId: number): Promise<void> {
  const state = await readTab(tabId);
  await browser.storage.session.remove([tabKey(tabId), ...state.incidentIds.flatMap((id) => [incidentKey(id), progressKey(id)])]);
}

/** The ids of the tabs with a stored state. */
export async function storedTabIds(): Promise<number[]> {
  return Object.keys(await browser.storage.session.get(null)).flatMap((key) => tabIdOfKey(key) ?? []);
}

/** Every stored incident; corrupt records are dropped and logged. */
export async function allIncidents(): Promise<Incident[]> {
  const all = await browser.storage.session.get(null);
  return Object.entries(all).flatMap(([key, value]) => {
    if (!isIncidentKey(key)) return [];
    const incident = loggedValue(readIncidentRecord(value, key));
    return incident ? [incident] : [];
  });
}

export async function incidentsOfTab(tabId: number): Promise<Incident[]> {
  const state = await readTab(tabId);
  const found = await Promise.all(state.incidentIds.map(readIncident));
  return found.filter((i): i is Incident => i !== undefined);
}
