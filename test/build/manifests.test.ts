// The built extensions: what each browser will load, and what the stores will receive.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { entryFiles } from './entry-sizes';

const root = join(import.meta.dirname, '..', '..');
const dist = resolve(root, process.env.HD_DIST ?? 'dist');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
const manifestOf = (target: string) => JSON.parse(readFileSync(join(dist, target, 'manifest.json'), 'utf8'));

describe('dist/chrome (Chrome and Edge)', () => {
  const manifest = manifestOf('chrome');
  it('is MV3 with a module service worker that exists', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background.type).toBe('module');
    expect(existsSync(join(dist, 'chrome', manifest.background.service_worker))).toBe(true);
    expect(manifest.background.scripts).toBeUndefined();
  });
  it('declares no content script for all URLs and keeps the troubleshooter private', () => {
    expect(manifest.content_scripts ?? []).toEqual([]);
    const accessible = (manifest.web_accessible_resources ?? []).flatMap((r: { resources: string[] }) => r.resources);
    expect(accessible.some((r: string) => r.includes('troubleshoot'))).toBe(false);
    expect(existsSync(join(dist, 'chrome/src/troubleshoot/index.html'))).toBe(true);
  });
  it('ships English and Japanese messages', () => {
    for (const lang of ['en', 'ja']) expect(existsSync(join(dist, `chrome/_locales/${lang}/messages.json`))).toBe(true);
    expect(manifest.default_locale).toBe('en');
  });
  it('keeps a strict content security policy on extension pages', () => {
    expect(manifest.content_security_policy.extension_pages).toMatch(/script-src 'self'/);
    expect(manifest.content_security_policy.extension_pages).not.toMatch(/unsafe-(eval|inline)/);
  });
});

describe('dist/firefox', () => {
  const manifest = manifestOf('firefox');
  it('uses background scripts, not a service worker', () => {
    expect(manifest.background.service_worker).toBeUndefined();
    expect(manifest.background.scripts.length).toBeGreaterThan(0);
    for (const script of manifest.background.scripts) expect(existsSync(join(dist, 'firefox', script))).toBe(true);
  });
  it('carries the Gecko settings Firefox requires', () => {
    const gecko = manifest.browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.strict_min_version).toBe('140.0');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.browser_specific_settings.gecko_android.strict_min_version).toBe('142.0');
  });
  it('adds only webRequestBlocking and captivePortal to the Chromium permissions', () => {
    expect(manifest.permissions).toEqual([...manifestOf('chrome').permissions, 'webRequestBlocking', 'captivePortal']);
  });
});

describe.each(['chrome', 'firefox'])('dist/%s background', (target) => {
  it('is one self-contained file (build/background-bundle.ts): the worker starts from one fetch', () => {
    const manifest = manifestOf(target);
    const entry: string = manifest.background.service_worker ?? manifest.background.scripts[0];
    expect(entry).toBe('background.js');
    expect(entryFiles(join(dist, target), entry)).toEqual(['background.js']);
  });
});

describe('store archives', () => {
  for (const target of ['chrome', 'firefox']) {
    it(`${target} zip holds the same files as dist/${target}`, () => {
      const zip = unzipSync(readFileSync(join(dist, `handshake-doctor-${version}-${target}.zip`)));
      expect(Object.keys(zip)).toContain('manifest.json');
      expect(JSON.parse(new TextDecoder().decode(zip['manifest.json']))).toEqual(manifestOf(target));
    });
  }
});
