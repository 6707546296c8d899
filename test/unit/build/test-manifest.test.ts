// The test build's manifest (dist-test/ only): `management` up front, so headless e2e can name
// the proxy extension. The shipped manifest keeps it optional.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testManifest } from '../../../build/test-manifest';
import { firefoxManifest } from '../../../build/firefox-manifest';

const base = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8')) as Record<string, unknown> & {
  background: { service_worker: string };
};

describe('testManifest', () => {
  it('the shipped manifest asks for management only at runtime', () => {
    expect(base.permissions).not.toContain('management');
    expect(base.optional_permissions).toContain('management');
  });

  it('moves management into permissions without touching the input', () => {
    const before = JSON.stringify(base);
    const m = testManifest(base);
    expect(m.permissions).toEqual([...(base.permissions as string[]), 'management']);
    expect(m).not.toHaveProperty('optional_permissions');
    expect(JSON.stringify(base)).toBe(before);
  });

  it('keeps other optional permissions and works on the Firefox variant', () => {
    const m = testManifest({ ...base, optional_permissions: ['management', 'downloads'] });
    expect(m.optional_permissions).toEqual(['downloads']);
    const ff = testManifest(firefoxManifest(base));
    expect(ff.permissions).toContain('management');
    expect(ff.permissions).toContain('webRequestBlocking');
  });
});
