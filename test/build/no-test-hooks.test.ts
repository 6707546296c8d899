// Hardening: the shipped builds carry no trace of the test-only hooks (src/background/test-hooks.ts:
// pause points the worker-kill e2e spec uses), and keep a strict CSP on extension pages. The test
// build (dist-test/, when built) does carry the hooks: proof that this scan would see them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const dist = resolve(root, process.env.HD_DIST ?? 'dist');
const distTest = resolve(root, process.env.HD_DIST_TEST ?? 'dist-test');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;

/** Strings only the hooks contain: the storage keys, the function, and every step name. */
const TRACES = ['__test_pause', '__test_paused', 'testPause', 'before-store', 'after-store', 'before-move', 'after-move', 'during-probe'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const tracesIn = (name: string, text: string) => TRACES.filter((t) => text.includes(t)).map((t) => `${name}: ${t}`);

describe.each(['chrome', 'firefox'])('dist/%s', (target) => {
  it('contains no test hook', () => {
    const found = filesUnder(join(dist, target)).flatMap((f) => tracesIn(relative(dist, f), readFileSync(f, 'latin1')));
    expect(found).toEqual([]);
  });

  it('its store archive contains no test hook', () => {
    const zip = unzipSync(readFileSync(join(dist, `handshake-doctor-${version}-${target}.zip`)));
    const found = Object.entries(zip).flatMap(([name, bytes]) => tracesIn(name, Buffer.from(bytes).toString('latin1')));
    expect(found).toEqual([]);
  });

  it('keeps a strict content security policy on extension pages', () => {
    const manifest = JSON.parse(readFileSync(join(dist, target, 'manifest.json'), 'utf8'));
    const csp: string = manifest.content_security_policy.extension_pages;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).not.toMatch(/unsafe-|data:|blob:|\*|https?:/);
  });
});

describe.runIf(existsSync(join(distTest, 'chrome', 'manifest.json')))('the test build (positive control)', () => {
  it('does carry the hooks, so the scan above would find them', () => {
    const text = filesUnder(join(distTest, 'chrome'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    for (const trace of ['__test_pause', 'before-store', 'during-probe']) expect(text).toContain(trace);
  });
  it.runIf(existsSync(join(distTest, 'firefox', 'manifest.json')))('the Firefox test build carries the pause hook', () => {
    expect(readFileSync(join(distTest, 'firefox', 'background.js'), 'utf8')).toContain('__test_pause');
  });
});
