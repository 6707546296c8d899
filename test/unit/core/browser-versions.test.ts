import { describe, expect, it } from 'vitest';
import { CURRENT_MAJOR_AT_BUILD, OUTDATED_AFTER_RELEASES, isOutdated, releasesBehind } from '../../../src/core/browser-versions';

const { chromium, firefox } = CURRENT_MAJOR_AT_BUILD;

describe('releasesBehind', () => {
  it('reads the major of Chromium brand versions and Firefox versions', () => {
    expect(releasesBehind('chrome', String(chromium - 10))).toBe(10);
    expect(releasesBehind('edge', `${chromium - 4}.0.2478.80`)).toBe(4);
    expect(releasesBehind('firefox', `${firefox - 13}.8.0`)).toBe(13);
    expect(releasesBehind('firefox', `${firefox}.0esr`)).toBe(0);
    expect(releasesBehind('firefox', `${firefox}.0`)).toBe(0);
  });

  it('is 0 for a newer browser than the build knows, null for no version', () => {
    expect(releasesBehind('chromium', String(chromium + 5))).toBe(0);
    for (const v of ['', 'abc', undefined, '  ', '.5', '99999.1']) expect(releasesBehind('chrome', v), String(v)).toBeNull();
  });
});

describe('isOutdated', () => {
  it(`is true only beyond ${OUTDATED_AFTER_RELEASES} releases behind`, () => {
    expect(isOutdated('chrome', String(chromium - OUTDATED_AFTER_RELEASES))).toBe(false);
    expect(isOutdated('chrome', String(chromium - OUTDATED_AFTER_RELEASES - 1))).toBe(true);
    expect(isOutdated('firefox', `${firefox - OUTDATED_AFTER_RELEASES}.2.1`)).toBe(false);
    expect(isOutdated('firefox', `${firefox - 13}.0`)).toBe(true);
    expect(isOutdated('edge', undefined)).toBe(false);
  });
});
