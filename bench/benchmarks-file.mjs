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

/** Figures are the same whatever counts their names carry ("median of 7" and "median of 15"). */
const sameFigure = (a, b) => a !== undefined && a.replace(/\d+/g, '#') === b.replace(/\d+/g, '#');

/**
 * The preamble's table with `rows` ([figure, measured, target]) put in: a row of the same figure
 * is replaced where it stands; a new one goes after the last row replaced (else at the table's end).
 */
export function withRows(previous, rows) {
  const lines = previous.split('\n');
  const figureOf = (line) => (line.startsWith('| ') ? line.slice(2, line.indexOf(' | ')) : undefined);
  // The first table's last line.
  let after = lines.findIndex((l, i) => l.startsWith('|') && !lines[i + 1]?.startsWith('|'));
  for (const r of rows) {
    const line = `| ${r.join(' | ')} |`;
    const at = lines.findIndex((l) => sameFigure(figureOf(l), r[0]));
    if (at >= 0) {
      lines[at] = line;
      after = at;
    } else lines.splice(++after, 0, line);
  }
  return lines.join('\n');
}
