import { describe, expect, it } from 'vitest';
import { combineFindings, isUncertain, type RuleFinding } from '../../../../src/core/diagnose';
import type { MessageKey } from '../../../../src/core/message-key';

const f = (
  rule: string,
  cause: RuleFinding['cause'],
  confidence: number,
  key = `ev_${rule}`,
  extra: Partial<RuleFinding> = {},
): RuleFinding => ({
  rule,
  cause,
  confidence,
  evidence: [{ key: key as MessageKey }],
  ...extra,
});

describe('combineFindings', () => {
  it('combines contributions to one cause by noisy-or and names the strongest rule', () => {
    const [c] = combineFindings([f('a', 'network', 0.45), f('b', 'network', 0.5)]);
    expect(c?.confidence).toBeCloseTo(0.725, 10);
    expect(c?.rule).toBe('b');
    expect(c?.evidence.map((t) => t.key)).toEqual(['ev_b', 'ev_a']);
  });

  it('equals the single contribution when one rule fires, and stays within 0..1', () => {
    expect(combineFindings([f('a', 'unknown', 0.3)])[0]?.confidence).toBe(0.3);
    expect(combineFindings([f('a', 'unknown', 7), f('b', 'unknown', 0.2)])[0]?.confidence).toBe(1);
  });

  it('sorts by confidence, ties in CAUSES order', () => {
    const out = combineFindings([f('a', 'network', 0.4), f('b', 'system-clock', 0.4), f('c', 'interception', 0.9)]);
    expect(out.map((c) => c.cause)).toEqual(['interception', 'system-clock', 'network']);
  });

  it('keeps rule order for equal contributions when naming the rule', () => {
    expect(combineFindings([f('first', 'network', 0.4), f('second', 'network', 0.4)])[0]?.rule).toBe('first');
  });

  it('applies weakenings after combining, and drops causes weakened to zero', () => {
    const out = combineFindings([
      f('site', 'site-certificate', 0.6),
      f('ok', 'network', 0.45, 'ev_ok', { weakens: [{ cause: 'site-certificate', factor: 0.5 }] }),
      f('x', 'client-certificate', 0.8),
      f('y', 'unknown', 0.1, 'ev_y', { weakens: [{ cause: 'client-certificate', factor: 0 }] }),
    ]);
    expect(out.map((c) => [c.cause, c.confidence])).toEqual([
      ['network', 0.45],
      ['site-certificate', 0.3],
      ['unknown', 0.1],
    ]);
  });

  it('ignores zero, negative and NaN contributions and NaN factors', () => {
    const out = combineFindings([
      f('a', 'network', 0),
      f('b', 'network', -1),
      f('c', 'unknown', NaN),
      f('d', 'interception', 0.5, 'ev_d', { weakens: [{ cause: 'interception', factor: NaN }] }),
    ]);
    expect(out.map((c) => [c.cause, c.confidence])).toEqual([['interception', 0.5]]);
  });

  it('deduplicates identical evidence lines', () => {
    const out = combineFindings([f('a', 'network', 0.4, 'ev_same'), f('b', 'network', 0.3, 'ev_same')]);
    expect(out[0]?.evidence).toEqual([{ key: 'ev_same' }]);
  });

  it('returns nothing for no findings', () => {
    expect(combineFindings([])).toEqual([]);
  });
});

describe('isUncertain', () => {
  it('is uncertain below 0.5, or with the top two within 0.15', () => {
    expect(isUncertain([])).toBe(true);
    expect(isUncertain([{ confidence: 0.49 }])).toBe(true);
    expect(isUncertain([{ confidence: 0.5 }])).toBe(false);
    expect(isUncertain([{ confidence: 0.8 }, { confidence: 0.66 }])).toBe(true);
    expect(isUncertain([{ confidence: 0.8 }, { confidence: 0.6 }])).toBe(false);
    expect(isUncertain([{ confidence: NaN }])).toBe(true);
    // A gap of exactly the margin is not within it, despite floating point (0.6 − 0.45).
    expect(isUncertain([{ confidence: 0.6 }, { confidence: 0.45 }])).toBe(false);
  });
});
