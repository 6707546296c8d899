// Checklist progress per incident, in storage.session so it survives reloads and worker restarts.
import { useCallback, useEffect, useState } from 'preact/hooks';
import * as z from 'zod/mini';
import { browser } from '../platform/browser';

const ProgressSchema = z.array(z.string().check(z.maxLength(64))).check(z.maxLength(64));

export function useStepProgress(incidentId: string): [ReadonlySet<string>, (id: string, done: boolean) => void] {
  const key = `progress:${incidentId}`;
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    browser.storage.session.get(key).then((all) => {
      const parsed = ProgressSchema.safeParse(all[key] ?? []);
      setDone(new Set(parsed.success ? parsed.data : []));
    });
  }, [key]);
  const toggle = useCallback(
    (id: string, isDone: boolean) => {
      setDone((prev) => {
        const next = new Set(prev);
        if (isDone) next.add(id);
        else next.delete(id);
        browser.storage.session.set({ [key]: [...next] }).catch(() => undefined);
        return next;
      });
    },
    [key],
  );
  return [done, toggle];
}
