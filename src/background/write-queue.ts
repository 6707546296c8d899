// storage.session updates are read-modify-write; events arrive concurrently. Running every update
// through one queue keeps them in order so no update overwrites another.

/** Runs tasks one at a time, in the order given; a failed task does not stop the ones after it. */
/* @__NO_SIDE_EFFECTS__ */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** The queue every storage.session read-modify-write goes through. */
export const enqueue = serialQueue();
