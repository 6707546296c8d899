// The harness's expected errors must stay identical to the measured table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM JavaScript with JSDoc types (allowJs is off)
import { CASE_DEFS, INTERCEPTION_HOSTS } from '../../../../e2e/harness/index.mjs';

interface CaseDef {
  name: string;
  title: string;
  host: string;
  tsvCase: string | null;
  expectChromium: string[];
  expectFirefox: string;
}
const defs = CASE_DEFS as readonly CaseDef[];

const tsv = readFileSync(join(import.meta.dirname, '../../../fixtures/shared-data/observed-errors.tsv'), 'utf8');
const rows = new Map(
  tsv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .map((cols) => [cols[0] ?? '', cols] as const),
);

describe('harness cases', () => {
  it.each(defs.filter((d) => d.tsvCase !== null).map((d) => [d.name, d] as const))('%s matches observed-errors.tsv', (_name, def) => {
    const row = rows.get(def.tsvCase ?? '');
    expect(row, `row ${def.tsvCase}`).toBeDefined();
    const chromium = [...(row?.[2] ?? '').matchAll(/net::ERR_[A-Z0-9_]+/g)].map((m) => m[0]);
    // A subset: the harness may serve the steady one of several codes a real browser reported
    // (the client-certificate servers hold the connection open, so the bare-close variant is gone).
    expect(def.expectChromium.length > 0).toBe(chromium.length > 0);
    expect(chromium).toEqual(expect.arrayContaining(def.expectChromium));
    expect(def.expectFirefox).toBe(row?.[3]);
  });

  it('has the healthy control and unique, readable names', () => {
    const healthy = defs.find((d) => d.name === 'healthy');
    expect(healthy?.expectChromium).toEqual([]);
    expect(healthy?.expectFirefox).toBe('');
    const hosts = [...defs.map((d) => d.host), ...(INTERCEPTION_HOSTS as readonly string[])];
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const h of hosts) expect(h).toMatch(/^[a-z0-9-]+\.hd\.test$/);
    expect(new Set(defs.map((d) => d.title)).size).toBe(defs.length);
  });
});
