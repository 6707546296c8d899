import { describe, expect, it } from 'vitest';
import { MAX_OTHER_SITES, otherSiteTargets, roundAllowed } from '../../../src/core/probe-plan';
import { DEFAULT_PROBE_URLS } from '../../../src/core/settings';

describe('otherSiteTargets', () => {
  it('takes the configured list in order', () => {
    expect(otherSiteTargets(DEFAULT_PROBE_URLS, 'broken.example')).toEqual(DEFAULT_PROBE_URLS);
  });

  it('leaves out the failing host itself (exactly, case and trailing dot aside)', () => {
    expect(otherSiteTargets(['https://WWW.Mozilla.org./', 'https://www.wikipedia.org/'], 'www.mozilla.org')).toEqual([
      'https://www.wikipedia.org/',
    ]);
    // Another host of the same domain is still asked: the list is the person's.
    expect(otherSiteTargets(['https://www.mozilla.org/'], 'addons.mozilla.org')).toEqual(['https://www.mozilla.org/']);
  });

  it('asks each host once, https only, at most MAX_OTHER_SITES', () => {
    const list = [
      'http://plain.example/',
      'https://a.example/1',
      'https://a.example/2',
      'nonsense',
      ...'bcdefgh'.split('').map((c) => `https://${c}.example/`),
    ];
    const targets = otherSiteTargets(list, 'broken.example');
    expect(targets).toEqual([
      'https://a.example/1',
      'https://b.example/',
      'https://c.example/',
      'https://d.example/',
      'https://e.example/',
    ]);
    expect(targets).toHaveLength(MAX_OTHER_SITES);
  });

  it('is empty for an empty list', () => {
    expect(otherSiteTargets([], 'broken.example')).toEqual([]);
  });
});

describe('roundAllowed', () => {
  const T = 1_800_000_000_000;
  it('allows the first round and one per interval', () => {
    expect(roundAllowed(undefined, T, 60_000)).toBe(true);
    expect(roundAllowed(T, T + 59_999, 60_000)).toBe(false);
    expect(roundAllowed(T, T + 60_000, 60_000)).toBe(true);
  });
  it('allows a round after the clock was moved back', () => {
    expect(roundAllowed(T, T - 730 * 86_400_000, 60_000)).toBe(true);
  });
  it('treats a malformed time as never', () => {
    expect(roundAllowed(Number.NaN, T, 60_000)).toBe(true);
  });
});
