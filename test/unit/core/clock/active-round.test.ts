import { describe, expect, it } from 'vitest';
import { addSample, emptySkewState, estimateSkew, SKEW_AGREES_MS } from '../../../../src/core/clock';
import { applyActiveRound, consensus } from '../../../../src/core/clock/active-round';

const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);
const YEARS2 = 730 * 86_400_000;

describe('consensus', () => {
  it('keeps the largest agreeing group and drops a source with a broken clock', () => {
    const r = consensus(
      [
        { host: 'a.example', skewMs: -YEARS2, localMs: NOW },
        { host: 'broken.example', skewMs: 0, localMs: NOW },
        { host: 'b.example', skewMs: -YEARS2 + 900, localMs: NOW },
      ],
      emptySkewState(),
    );
    expect(r.map((x) => x.host).sort()).toEqual(['a.example', 'b.example']);
  });

  it('puts the reading that agrees with all the others last', () => {
    const r = consensus(
      [
        { host: 'low.example', skewMs: -SKEW_AGREES_MS + 1000, localMs: NOW },
        { host: 'mid.example', skewMs: 0, localMs: NOW },
        { host: 'high.example', skewMs: SKEW_AGREES_MS - 1000, localMs: NOW },
      ],
      emptySkewState(),
    );
    expect(r.at(-1)?.host).toBe('mid.example');
  });

  it('breaks a tie towards what the state already holds', () => {
    let state = emptySkewState();
    state = addSample(state, { host: 'seen.example', serverDateMs: NOW, localMs: NOW, fromCache: false });
    const r = consensus(
      [
        { host: 'a.example', skewMs: YEARS2, localMs: NOW },
        { host: 'b.example', skewMs: 500, localMs: NOW },
      ],
      state,
    );
    expect(r.map((x) => x.host)).toEqual(['b.example']);
  });

  it('is empty for no readings', () => {
    expect(consensus([], emptySkewState())).toEqual([]);
  });
});

describe('applyActiveRound', () => {
  it('records every agreeing reading as its own source', () => {
    const next = applyActiveRound(emptySkewState(), [
      { host: 'time.example', skewMs: -YEARS2, localMs: NOW },
      { host: 'time-b.example', skewMs: -YEARS2 + 400, localMs: NOW },
      { host: 'time-c.example', skewMs: -YEARS2 - 300, localMs: NOW },
    ]);
    const est = estimateSkew(next, NOW);
    expect(est?.sources.sort()).toEqual(['time-b.example', 'time-c.example', 'time.example']);
    expect(Math.abs((est?.skewMs ?? 0) + YEARS2)).toBeLessThan(1000);
  });

  it('clears older passive samples that disagree (what a clock change leaves behind)', () => {
    let state = emptySkewState();
    state = addSample(state, { host: 'old-a.example', serverDateMs: NOW - 3 * 3_600_000, localMs: NOW - 60_000, fromCache: false });
    state = addSample(state, { host: 'old-b.example', serverDateMs: NOW - 3 * 3_600_000, localMs: NOW - 30_000, fromCache: false });
    const next = applyActiveRound(state, [
      { host: 'time.example', skewMs: 0, localMs: NOW },
      { host: 'time-b.example', skewMs: 1000, localMs: NOW },
    ]);
    expect(next.samples.map((s) => s.host).sort()).toEqual(['time-b.example', 'time.example']);
  });

  it('returns the same object when no reading is usable', () => {
    const state = emptySkewState();
    expect(applyActiveRound(state, [])).toBe(state);
    expect(applyActiveRound(state, [{ host: 'localhost', skewMs: 0, localMs: NOW }])).toBe(state);
  });
});
