import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM JavaScript (allowJs is off)
import { CPU_HEADING, FIREFOX_HEADING, composeBenchmarks } from '../../../bench/benchmarks-file.mjs';

const notes = '## What the figures say\n\nHand-written.\n';
const preamble = (day: string) => `# Benchmarks\n\nMeasured on ${day}.\n\n| figure | measured |\n|---|---|\n| a | 1 |\n`;
const cpu = (day: string) => `${CPU_HEADING}\n\nMeasured on ${day}.\n\n| browser | warm |\n|---|---|\n| none | 160 |\n`;
const firefox = (day: string) => `${FIREFOX_HEADING}\n\nMeasured on ${day}.\n\n| figure | measured |\n|---|---|\n| wake-ups | 0 |\n`;

describe('BENCHMARKS.md as the bench rewrites it', () => {
  it('replaces both generated parts and keeps the hand-written sections', () => {
    const previous = `${preamble('day 1')}\n${cpu('day 1')}\n${notes}`;
    expect(composeBenchmarks(previous, { preamble: preamble('day 2'), cpuSection: cpu('day 2') })).toBe(
      `${preamble('day 2')}\n${cpu('day 2')}\n${notes}`,
    );
  });

  it('keeps the previous main table when only the CPU section was measured', () => {
    const previous = `${preamble('day 1')}\n${cpu('day 1')}\n${notes}`;
    expect(composeBenchmarks(previous, { cpuSection: cpu('day 2') })).toBe(`${preamble('day 1')}\n${cpu('day 2')}\n${notes}`);
  });

  it('adds the CPU section to a file that has none, before the notes', () => {
    expect(composeBenchmarks(`${preamble('day 1')}\n${notes}`, { cpuSection: cpu('day 2') })).toBe(
      `${preamble('day 1')}\n${cpu('day 2')}\n${notes}`,
    );
  });

  it('writes a new file from the generated parts alone', () => {
    expect(composeBenchmarks('', { preamble: preamble('day 1'), cpuSection: cpu('day 1') })).toBe(`${preamble('day 1')}\n${cpu('day 1')}`);
  });

  it('replaces only the Firefox section when only it was measured', () => {
    const previous = `${preamble('day 1')}\n${cpu('day 1')}\n${firefox('day 1')}\n${notes}`;
    expect(composeBenchmarks(previous, { firefoxSection: firefox('day 2') })).toBe(
      `${preamble('day 1')}\n${cpu('day 1')}\n${firefox('day 2')}\n${notes}`,
    );
  });

  it('keeps the Firefox section when only the CPU section was measured', () => {
    const previous = `${preamble('day 1')}\n${cpu('day 1')}\n${firefox('day 1')}\n${notes}`;
    expect(composeBenchmarks(previous, { cpuSection: cpu('day 2') })).toBe(
      `${preamble('day 1')}\n${cpu('day 2')}\n${firefox('day 1')}\n${notes}`,
    );
  });

  it('keeps a hand-written section whose heading only begins like a generated one', () => {
    const handWritten = `${FIREFOX_HEADING} notes\n\nHand-written.\n`;
    const previous = `${preamble('day 1')}\n${firefox('day 1')}\n${handWritten}`;
    expect(composeBenchmarks(previous, { firefoxSection: firefox('day 2') })).toBe(
      `${preamble('day 1')}\n${firefox('day 2')}\n${handWritten}`,
    );
  });
});
