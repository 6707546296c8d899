export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
export const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

/** CPU time (ms) in a V8 CPU profile, excluding idle and garbage-collector-free idle samples. */
export function busyMs(profile) {
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) if (!idle.has(profile.samples[i])) total += profile.timeDeltas[i] ?? 0;
  return total / 1000;
}

/** "median (min–max)" of xs: a figure with its spread across rounds. */
export const fmtWithRange = (xs, digits = 1) =>
  xs.length ? `${fmt(median(xs), digits)} (${fmt(Math.min(...xs), digits)}–${fmt(Math.max(...xs), digits)})` : 'n/a';

/** xs rotated left by r places: round r of a rotating order starts with a different item. */
export const rotated = (xs, r) => xs.map((_, i) => xs[(i + r) % xs.length]);
