// Every key the extension stores under, in one place: stores, pages and tests name keys only
// through this module.

/** storage.local: the person's settings, as a versioned envelope (settings-storage.ts). */
export const SETTINGS_KEY = 'settings';
/** storage.local: past incidents, newest first (history.ts). */
export const HISTORY_KEY = 'history';
/** storage.local: the last policy storage.managed answered, standing in while the next read is slow. */
export const MANAGED_COPY_KEY = 'managed-copy';

/** storage.session: TLS failures across hosts in the last minutes. */
export const RECENT_FAILURES_KEY = 'recent-failures';
/** storage.session: the passive clock samples. */
export const CLOCK_SKEW_KEY = 'clock-skew';
/** storage.session: when the rate-limited evidence rounds last ran. */
export const EVIDENCE_ROUNDS_KEY = 'evidence-rounds';
/** storage.session: the ids of all tabs' incidents, oldest first (the session budget drops the oldest). */
export const INCIDENT_ORDER_KEY = 'incident-order';
/** storage.session, Firefox only: the latest issuer that matched known interception software. */
export const INTERCEPTION_KEY = 'firefox:interception';

const TAB_PREFIX = 'tab:';
/** storage.session: one tab's state (its navigation, its incidents). */
export const tabKey = (tabId: number): string => `${TAB_PREFIX}${tabId}`;
/** The tab a key of `tabKey` names, or undefined for any other key. */
export function tabIdOfKey(key: string): number | undefined {
  const digits = key.slice(TAB_PREFIX.length);
  return key.startsWith(TAB_PREFIX) && /^\d{1,15}$/.test(digits) ? Number(digits) : undefined;
}

const INCIDENT_PREFIX = 'incident:';
/** storage.session: one incident. */
export const incidentKey = (incidentId: string): string => `${INCIDENT_PREFIX}${incidentId}`;
/** Whether a key is one of `incidentKey`. */
export const isIncidentKey = (key: string): boolean => key.startsWith(INCIDENT_PREFIX);

/** storage.session: one incident's checklist progress. */
export const progressKey = (incidentId: string): string => `progress:${incidentId}`;

/** storage.session, test builds only: the main-frame step the worker is to pause at, and the one it paused at. */
export const TEST_PAUSE_KEY = '__test_pause';
export const TEST_PAUSED_KEY = '__test_paused';
