// An incident as the background describes it (diagnosis included), re-fetched whenever the
// background updates the stored incident (evidence arriving after the page opened).
import { useEffect, useState } from 'preact/hooks';
import { incidentKey } from '../core/storage-keys';
import type { IncidentView } from '../core/views';
import { browser } from '../platform/browser';
import { send } from './send';

/** The background's answer for an id it has no incident for (message-router.ts). */
const UNKNOWN = 'unknown incident';

export type Loaded<T> = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; value: T };

export function useIncidentView(id: string | null): Loaded<IncidentView> {
  const [loaded, setLoaded] = useState<Loaded<IncidentView>>({ state: 'loading' });
  useEffect(() => {
    if (!id) {
      setLoaded({ state: 'missing' });
      return;
    }
    let live = true;
    const load = async () => {
      let r = await send({ type: 'describe-incident', incidentId: id });
      // A worker stopped while answering drops the answer: ask once more (the send wakes it).
      if (!r.ok && r.error !== UNKNOWN) r = await send({ type: 'describe-incident', incidentId: id });
      if (live) setLoaded(r.ok ? { state: 'ready', value: r.data } : { state: 'missing' });
    };
    void load();
    const key = incidentKey(id);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && key in changes) void load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [id]);
  return loaded;
}
