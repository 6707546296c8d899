// An incident as the page shows it. The first view comes from the stored record (storage.session,
// which extension pages may read), read before the page renders; the background's answer then
// confirms it, and the stored record keeps it current whenever the background updates it
// (evidence arriving after the page opened).
import { useEffect, useState } from 'preact/hooks';
import { incidentKey } from '../core/storage-keys';
import type { IncidentView } from '../core/views';
import { browser } from '../platform/browser';
import { newestAnswer } from './newest-answer';
import { send } from './send';
import { storedIncidentView } from './stored-incident-view';

/** The background's answer for an id it has no incident for (message-router.ts). */
const UNKNOWN = 'unknown incident';

export type Loaded<T> = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; value: T };

/** The incident as stored now, or undefined (nothing stored yet, or storage not readable). */
export async function readStoredView(id: string | null): Promise<IncidentView | undefined> {
  if (!id) return undefined;
  const key = incidentKey(id);
  return browser.storage.session.get(key).then(
    (items) => storedIncidentView(items[key]),
    () => undefined,
  );
}

const ready = (value: IncidentView | undefined): Loaded<IncidentView> => (value ? { state: 'ready', value } : { state: 'missing' });

/** `stored`: the view read before rendering (readStoredView), shown until a newer one arrives. */
export function useIncidentView(id: string | null, stored?: IncidentView): Loaded<IncidentView> {
  const [loaded, setLoaded] = useState<Loaded<IncidentView>>(stored ? ready(stored) : { state: 'loading' });
  useEffect(() => {
    if (!id) {
      setLoaded({ state: 'missing' });
      return;
    }
    const key = incidentKey(id);
    const { read, stop } = newestAnswer(setLoaded);

    // Listening before asking: no change made after the question is missed.
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) read()(ready(storedIncidentView(changes[key]?.newValue)));
    };
    browser.storage.onChanged.addListener(onChanged);

    const fromBackground = read();
    const ask = async () => {
      let r = await send({ type: 'describe-incident', incidentId: id });
      // A worker stopped while answering drops the answer: ask once more (the send wakes it).
      if (!r.ok && r.error !== UNKNOWN) r = await send({ type: 'describe-incident', incidentId: id });
      if (r.ok) fromBackground(ready(r.data));
      // No answer at all: the stored view stands; without one, there is nothing to show.
      else if (r.error === UNKNOWN || !stored) fromBackground(ready(undefined));
    };
    void ask();
    return () => {
      stop();
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [id, stored]);
  return loaded;
}
