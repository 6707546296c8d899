// Answers to reads that overlap (a stored record, the background's answer, later changes) can
// arrive out of order: each read is numbered when it is asked for, and an answer is shown unless a
// newer read's answer already was.

/** `read()` numbers a read and returns what shows its answer; `stop()` shows nothing from then on. */
export function newestAnswer<T>(show: (value: T) => void): { read: () => (value: T) => void; stop: () => void } {
  let asked = 0;
  let shown = 0;
  let live = true;
  return {
    read: () => {
      const turn = ++asked;
      return (value) => {
        if (!live || turn < shown) return;
        shown = turn;
        show(value);
      };
    },
    stop: () => {
      live = false;
    },
  };
}
