import { describe, expect, test } from 'vitest';
import { createSampler } from '../../../../src/background/firefox/sampler';

const limits = { perHostMs: 60_000, minGapMs: 1_000, maxHosts: 3 };

describe('createSampler: bounded sampling of main-frame responses', () => {
  test('a host once per interval', () => {
    const s = createSampler(limits);
    expect(s.take('a.example', 0)).toBe(true);
    expect(s.take('a.example', 30_000)).toBe(false);
    expect(s.take('a.example', 60_000)).toBe(true);
  });

  test('at most one sample per gap, whatever the host', () => {
    const s = createSampler(limits);
    expect(s.take('a.example', 10_000)).toBe(true);
    expect(s.take('b.example', 10_500)).toBe(false);
    expect(s.take('b.example', 11_000)).toBe(true);
  });

  test('remembers at most maxHosts hosts, forgetting the oldest', () => {
    const s = createSampler(limits);
    expect(s.take('a', 0)).toBe(true);
    expect(s.take('b', 1_000)).toBe(true);
    expect(s.take('c', 2_000)).toBe(true);
    expect(s.take('d', 3_000)).toBe(true); // 'a' is forgotten
    expect(s.take('a', 4_000)).toBe(true);
    expect(s.take('c', 5_000)).toBe(false); // still remembered
  });

  test('refuses empty hosts and non-finite times; a clock moved back starts afresh', () => {
    const s = createSampler(limits);
    expect(s.take('', 0)).toBe(false);
    expect(s.take('a', Number.NaN)).toBe(false);
    expect(s.take('a', 1_000_000)).toBe(true);
    expect(s.take('a', 5_000)).toBe(true);
  });

  test('a burst of responses yields few samples', () => {
    const s = createSampler({ perHostMs: 600_000, minGapMs: 2_000, maxHosts: 256 });
    let taken = 0;
    for (let i = 0; i < 10_000; i++) if (s.take(`h${i % 50}.example`, i * 10)) taken++;
    // 100 s of responses every 10 ms: at most one per 2 s.
    expect(taken).toBeLessThanOrEqual(50);
    expect(taken).toBeGreaterThan(0);
  });
});
