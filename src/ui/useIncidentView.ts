// An incident as the page shows it. Painted first from the stored record (storage.session, which
// extension pages may read), then confirmed by the background's answer, then kept current from the
// stored record whenever the background updates it (evidence arriving after the page opened).
import { useEffect, useState } from 'preact/hooks';
import { incidentKey } from '../core/storage-keys';
import type { IncidentView } from '../core/views';
import { browser } from '../platform/browser';
import { send } from './send';
import { storedIncidentView } from './stored-incident-view';

/** The background's answer for an id it has no incident for (message-router.ts). */
const UNKNOWN = 'unknown incident';

export type Loaded<T> = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; value: T };

const ready = (value: IncidentView | undefined): Loaded<IncidentView> => (value ? { state: 'ready', value } : { state: 'missing' });

export function useIncidentView(id: string | null): Loaded<IncidentView> {
  const [loaded, setLoaded] = useState<Loaded<IncidentView>>({ state: 'loading' });
  useEffect(() => {
    if (!id) {
      setLoaded({ state: 'missing' });
      return;
    }
    const key = incidentKey(id);
    let live = true;
    // Every read is numbered when it is asked for; an answer never replaces a newer read's.
    let asked = 0;
    let shown = 0;
    const read = () => {
      const turn = ++asked;
      return (next: Loaded<IncidentView>) => {
        if (!live || turn < shown) return;
        shown = turn;
        setLoaded(next);
      };
    };

    const fromStorage = read();
    void browser.storage.session.get(key).then(
      (items) => {
        const view = storedIncidentView(items[key]);
        // Nothing stored (yet): the background's answer decides.
        if (view) fromStorage(ready(view));
      },
      () => undefined,
    );

    const fromBackground = read();
    const ask = async () => {
      let r = await send({ type: 'describe-incident', incidentId: id });
      // A worker stopped while answering drops the answer: ask once more (the send wakes it).
      if (!r.ok && r.error !== UNKNOWN) r = await send({ type: 'describe-incident', incidentId: id });
      if (r.ok) fromBackground(ready(r.data));
      // No answer at all: what storage showed stands; without it, there is nothing to show.
      else if (r.error === UNKNOWN || shown === 0) fromBackground(ready(undefined));
    };
    void ask();

    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) read()(ready(storedIncidentView(changes[key]?.newValue)));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [id]);
  return loaded;
}
