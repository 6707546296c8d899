// BENCHMARKS.md as `npm run bench -- --write` rewrites it: the preamble (date, machine, the main
// table) and the "CPU per healthy navigation" section are generated; every other "## " section is
// hand-written and kept. A part not measured in this run (BENCH_ONLY) keeps its previous text.

export const CPU_HEADING = '## CPU per healthy navigation';

/**
 * @param {string} previous  the file's current text ('' when absent)
 * @param {{ preamble?: string, cpuSection?: string }} parts  undefined: keep the previous text
 */
export function composeBenchmarks(previous, { preamble, cpuSection }) {
  const [oldPreamble, ...sections] = previous.split(/\n(?=## )/);
  const oldCpu = sections.find((s) => s.startsWith(CPU_HEADING));
  const kept = sections.filter((s) => !s.startsWith(CPU_HEADING));
  return [preamble ?? oldPreamble, cpuSection ?? oldCpu, ...kept]
    .filter((s) => s && s.trim())
    .map((s) => `${s.trim()}\n`)
    .join('\n');
}
