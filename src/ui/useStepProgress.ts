// Checklist progress. Stored per incident by the background (storage.session), so it survives
// reloads and worker restarts; without an incident (the options page's guided fixes for a past or
// unrecorded problem) it lives in the page only.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from './send';

export function useStepProgress(incidentId: string | null): [ReadonlySet<string>, (id: string, done: boolean) => void] {
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    setDone(new Set());
    if (!incidentId) return;
    let live = true;
    void send({ type: 'get-progress', incidentId }).then((r) => {
      if (live && r.ok) setDone(new Set(r.data));
    });
    return () => {
      live = false;
    };
  }, [incidentId]);
  const toggle = useCallback(
    (id: string, isDone: boolean) => {
      setDone((prev) => {
        const next = new Set(prev);
        if (isDone) next.add(id);
        else next.delete(id);
        if (incidentId) void send({ type: 'set-progress', incidentId, done: [...next] });
        return next;
      });
    },
    [incidentId],
  );
  return [done, toggle];
}
