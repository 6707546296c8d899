import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM JavaScript (allowJs is off)
import { fmtWithRange, median, rotated } from '../../../bench/stats.mjs';

describe('bench statistics', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('formats a figure with its min–max spread', () => {
    expect(fmtWithRange([170, 165.04, 181.26])).toBe('170.0 (165.0–181.3)');
    expect(fmtWithRange([1.1, 1.05], 2)).toBe('1.08 (1.05–1.10)');
    expect(fmtWithRange([])).toBe('n/a');
  });

  it('rotates the order so each round starts with a different item', () => {
    const order = ['a', 'b', 'c', 'd'];
    expect([0, 1, 2, 3, 4].map((r) => rotated(order, r).join(''))).toEqual(['abcd', 'bcda', 'cdab', 'dabc', 'abcd']);
  });
});
