// BENCHMARKS.md as `npm run bench -- --write` rewrites it: the preamble (date, machine, the main
// table), the "CPU per healthy navigation" and the "Firefox" sections are generated; every other
// "## " section is hand-written and kept. A part not measured in this run (BENCH_ONLY) keeps its
// previous text.
export const CPU_HEADING = '## CPU per healthy navigation';
export const FIREFOX_HEADING = '## Firefox';

/** Whether `section` starts with `heading` as its whole first line. */
const headed = (section, heading) => section === heading || section.startsWith(`${heading}\n`);

/**
 * @param {string} previous  the file's current text ('' when absent)
 * @param {{ preamble?: string, cpuSection?: string, firefoxSection?: string }} parts  undefined: keep the previous text
 */
export function composeBenchmarks(previous, { preamble, cpuSection, firefoxSection }) {
  const [oldPreamble, ...sections] = previous.split(/\n(?=## )/);
  const generated = [CPU_HEADING, FIREFOX_HEADING];
  const old = (heading) => sections.find((s) => headed(s, heading));
  const kept = sections.filter((s) => !generated.some((heading) => headed(s, heading)));
  return [preamble ?? oldPreamble, cpuSection ?? old(CPU_HEADING), firefoxSection ?? old(FIREFOX_HEADING), ...kept]
    .filter((s) => s && s.trim())
    .map((s) => `${s.trim()}\n`)
    .join('\n');
}
