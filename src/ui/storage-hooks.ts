// Preact hooks over storage.session records, re-rendering when the background updates them.
import { useEffect, useState } from 'preact/hooks';
import { parseIncident, type Incident } from '../core/incident';
import { browser } from '../platform/browser';

export type Loaded<T> = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; value: T };

export function useIncident(id: string | null): Loaded<Incident> {
  const [loaded, setLoaded] = useState<Loaded<Incident>>({ state: 'loading' });
  useEffect(() => {
    if (!id) {
      setLoaded({ state: 'missing' });
      return;
    }
    const key = `incident:${id}`;
    const apply = (value: unknown) => {
      const incident = parseIncident(value);
      setLoaded(incident ? { state: 'ready', value: incident } : { state: 'missing' });
    };
    browser.storage.session.get(key).then((all) => apply(all[key]), () => setLoaded({ state: 'missing' }));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) apply(changes[key]?.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [id]);
  return loaded;
}
