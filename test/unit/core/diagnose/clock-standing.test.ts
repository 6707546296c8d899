import { describe, expect, it } from 'vitest';
import { clockStanding } from '../../../../src/core/diagnose/clock-standing';
import { DAY, MIN, evidence } from './helpers';

const SOURCES = ['time-a.example', 'time-b.example'];
const firmSite = { top: 'site-certificate', uncertain: false } as const;
const at = (skewMs: number, sources = SOURCES) => evidence('cert-date', { clock: { skewMs, samples: 4, sources } });

describe('clockStanding', () => {
  it('is verified when two sources agree within the tolerance, wrong when they agree beyond it', () => {
    expect(clockStanding(at(2 * MIN), firmSite)).toBe('verified');
    expect(clockStanding(at(-2 * MIN), firmSite)).toBe('verified');
    expect(clockStanding(at(10 * MIN), firmSite)).toBe('wrong');
    expect(clockStanding(at(-730 * DAY), firmSite)).toBe('wrong');
  });

  it('is unknown without a measurement, from one source, or from the failing site only', () => {
    expect(clockStanding(evidence('cert-date'), firmSite)).toBe('unknown');
    expect(clockStanding(at(1000, ['time-a.example']), firmSite)).toBe('unknown');
    expect(clockStanding(at(-730 * DAY, ['time-a.example']), firmSite)).toBe('unknown');
    expect(clockStanding(at(1000, ['broken.example', 'www.broken.example']), firmSite)).toBe('unknown');
  });

  it('is wrong when the firm verdict is the clock, not when the clock only leads an open verdict', () => {
    expect(clockStanding(evidence('cert-date'), { top: 'system-clock', uncertain: false })).toBe('wrong');
    expect(clockStanding(evidence('cert-date'), { top: 'system-clock', uncertain: true })).toBe('unknown');
  });
});
