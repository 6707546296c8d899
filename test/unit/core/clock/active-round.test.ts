import { describe, expect, it } from 'vitest';
import { addActiveCheck, emptySkewState, estimateSkew, SKEW_AGREES_MS, type SkewReading } from '../../../../src/core/clock';
import { applyActiveRound, consensus } from '../../../../src/core/clock/active-round';

const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);
const YEARS2 = 730 * 86_400_000;

const at = (host: string, skewMs: number, secure = false): SkewReading => ({ host, skewMs, localMs: NOW, secure });

describe('consensus', () => {
  it('keeps the largest agreeing group and drops a source with a broken clock', () => {
    const r = consensus([at('a.example', -YEARS2), at('broken.example', 0), at('b.example', -YEARS2 + 900)], emptySkewState());
    expect(r.map((x) => x.host).sort()).toEqual(['a.example', 'b.example']);
  });

  it('puts the reading that agrees with all the others last', () => {
    const r = consensus(
      [at('low.example', -SKEW_AGREES_MS + 1000), at('mid.example', 0), at('high.example', SKEW_AGREES_MS - 1000)],
      emptySkewState(),
    );
    expect(r.at(-1)?.host).toBe('mid.example');
  });

  it('breaks a tie towards what the state already holds', () => {
    const state = addActiveCheck(emptySkewState(), at('seen.example', 0));
    const r = consensus([at('a.example', YEARS2), at('b.example', 500)], state);
    expect(r.map((x) => x.host)).toEqual(['b.example']);
  });

  it('counts one reading per site: many names of one site are one voice', () => {
    const r = consensus(
      [at('a.example', 0), at('b.example', 0), at('x.forger.example', -YEARS2), at('y.forger.example', -YEARS2)],
      emptySkewState(),
    );
    expect(r.map((x) => x.host).sort()).toEqual(['a.example', 'b.example']);
  });

  it('prefers https readings: http ones (writable on the path) are left out when any https one answered', () => {
    const r = consensus([at('a.example', 0, true), at('b.example', -YEARS2), at('c.example', -YEARS2)], emptySkewState());
    expect(r.map((x) => x.host)).toEqual(['a.example']);
  });

  it('is empty for no readings', () => {
    expect(consensus([], emptySkewState())).toEqual([]);
  });
});

describe('applyActiveRound', () => {
  it('keeps only the consensus', () => {
    const state = applyActiveRound(emptySkewState(), [at('a.example', -YEARS2), at('b.example', 0), at('c.example', -YEARS2 + 500)]);
    expect(state.samples.map((s) => s.host).sort()).toEqual(['a.example', 'c.example']);
    expect(Math.abs(estimateSkew(state, NOW)!.skewMs + YEARS2)).toBeLessThan(1_000);
  });

  it('5 genuine sites outvote 11 host names of one site sending a Date two years ahead', () => {
    const genuine = ['a.example', 'b.example.org', 'c.example.net', 'd.example.jp', 'e.example.de'].map((h) => at(h, 0));
    const forged = Array.from({ length: 11 }, (_, i) => at(`s${i}.forger.example`, -YEARS2));
    const state = applyActiveRound(emptySkewState(), [...forged, ...genuine]);
    expect(estimateSkew(state, NOW)).toMatchObject({ skewMs: 0, samples: 5 });
  });

  it('returns the same object when nothing was usable', () => {
    const s0 = emptySkewState();
    expect(applyActiveRound(s0, [])).toBe(s0);
    expect(applyActiveRound(s0, [at('localhost', 0)])).toBe(s0);
  });
});
