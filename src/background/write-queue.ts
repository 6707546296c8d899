// storage.session updates are read-modify-write; events arrive concurrently. Running every update
// through one queue keeps them in order so no update overwrites another.
let tail: Promise<unknown> = Promise.resolve();

export function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task);
  tail = run.catch(() => undefined);
  return run;
}
