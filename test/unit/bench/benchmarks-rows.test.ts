import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM JavaScript (allowJs is off)
import { withRows } from '../../../bench/benchmarks-file.mjs';

const file = (rows: string[]) =>
  `# Benchmarks\n\n| figure | measured | target |\n|---|---|---|\n${rows.join('\n')}\n\n## CPU\n\n| browser | warm |\n|---|---|\n| none | 160 |\n`;

describe('BENCHMARKS.md with only some rows measured again', () => {
  it('replaces the rows of the same figure where they stand and keeps every other line', () => {
    const previous = file(['| a | 1 |  |', '| help | 185 ms | ≤ 150 ms |', '| z | 3 |  |']);
    expect(withRows(previous, [['help', '140 ms', '≤ 150 ms']])).toBe(
      file(['| a | 1 |  |', '| help | 140 ms | ≤ 150 ms |', '| z | 3 |  |']),
    );
  });

  it('puts a new figure after the last one replaced', () => {
    const previous = file(['| a | 1 |  |', '| help | 185 ms |  |', '| z | 3 |  |']);
    expect(
      withRows(previous, [
        ['help', '140 ms', ''],
        ['ratio', '1.2', '≤ 1.3'],
      ]),
    ).toBe(file(['| a | 1 |  |', '| help | 140 ms |  |', '| ratio | 1.2 | ≤ 1.3 |', '| z | 3 |  |']));
  });

  it('puts new figures at the end of the first table, never into a later one', () => {
    const previous = file(['| a | 1 |  |']);
    expect(withRows(previous, [['new', '2', '']])).toBe(file(['| a | 1 |  |', '| new | 2 |  |']));
  });

  it('takes a figure whose name differs only in a count for the same figure', () => {
    const previous = file(['| help (median of 7) | 185 ms |  |', '| z | 3 |  |']);
    expect(withRows(previous, [['help (median of 15)', '140 ms', '']])).toBe(file(['| help (median of 15) | 140 ms |  |', '| z | 3 |  |']));
  });
});
