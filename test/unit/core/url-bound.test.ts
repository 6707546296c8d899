// The URL bound: short URLs stored as they are; long ones cut, with a hash of the whole for matching.
import { describe, expect, it } from 'vitest';
import { boundUrl, isCutUrl, MAX_STORED_URL, StoredUrlSchema, URL_KEPT } from '../../../src/core/url-bound';

const base = 'https://fault.hd.test/';
const long = (tail: string, length = 1_000_000) => `${base}${'p'.repeat(length - base.length - tail.length)}${tail}`;

describe('boundUrl', () => {
  it('keeps a URL up to the limit as it is', () => {
    for (const url of ['', base, long('', URL_KEPT)]) {
      expect(boundUrl(url)).toBe(url);
      expect(isCutUrl(url)).toBe(false);
    }
  });

  it('cuts a longer URL to its first characters, a mark and a hash, within the schema', () => {
    const url = long('?token=1');
    const stored = boundUrl(url);
    expect(stored).toHaveLength(MAX_STORED_URL);
    expect(stored.startsWith(url.slice(0, URL_KEPT))).toBe(true);
    expect(isCutUrl(stored)).toBe(true);
    expect(StoredUrlSchema.safeParse(stored).success).toBe(true);
    expect(StoredUrlSchema.safeParse(url).success).toBe(false);
  });

  it('gives the same URL the same stored form, and a URL differing only past the limit another one', () => {
    expect(boundUrl(long('?token=1'))).toBe(boundUrl(long('?token=1')));
    expect(boundUrl(long('?token=1'))).not.toBe(boundUrl(long('?token=2')));
    expect(boundUrl(long('a', URL_KEPT + 1))).not.toBe(boundUrl(long('b', URL_KEPT + 1)));
    expect(boundUrl(long('', 2 * 1024 * 1024))).not.toBe(boundUrl(long('', 2 * 1024 * 1024 - 1)));
  });

  it('leaves a stored form as it is (handling a noted failure again matches it)', () => {
    const stored = boundUrl(long('#x'));
    expect(boundUrl(stored)).toBe(stored);
  });

  it('takes a URL of the cut length without the mark and hash for a whole one', () => {
    const url = long('0123456789abcdef', MAX_STORED_URL);
    expect(isCutUrl(url)).toBe(false);
    expect(boundUrl(url)).not.toBe(url);
    expect(isCutUrl(boundUrl(url))).toBe(true);
  });
});

describe('StoredUrlSchema', () => {
  it('reads a longer URL stored by an older version (cut at 70 KB) and brings it within the bound, not dropping the record', () => {
    const legacy = long('?q=1', 10_000);
    const parsed = StoredUrlSchema.safeParse(legacy);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toBe(boundUrl(legacy));
    expect(parsed.data).toHaveLength(MAX_STORED_URL);
  });

  it('refuses what no version ever stored: a URL over 70 KB, or not a string', () => {
    expect(StoredUrlSchema.safeParse(long('', 70 * 1024 + 1)).success).toBe(false);
    expect(StoredUrlSchema.safeParse(42).success).toBe(false);
  });
});
