// The store package (npm run store, scripts/store.mjs): it builds from one command, its zips are what
// the stores take (manifest at the root, every named file inside, nothing of a test build) and are
// reproducible, the permission justifications cover every permission the builds ask for, the
// listing texts fit, and the privacy policy names every address the extension contacts by default.
// The checkers in store/tools/ are also run on made-up packages, so each can be seen to fail.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { TEST_PAUSE_KEY } from '../../src/core/storage-keys';
// @ts-expect-error plain ESM JavaScript (allowJs is off)
import { readZip, zipExtension } from '../../store/tools/archive.mjs';
// @ts-expect-error plain ESM JavaScript (allowJs is off)
import { listingProblems, parseListing } from '../../store/tools/listing.mjs';
// @ts-expect-error plain ESM JavaScript (allowJs is off)
import { chromeWebStoreProblems, localized, manifestOf } from '../../store/tools/manifest-rules.mjs';
// @ts-expect-error plain ESM JavaScript (allowJs is off)
import { manifestReferences, missingFiles, testBuildProblems } from '../../store/tools/manifest-rules.mjs';
// @ts-expect-error plain ESM JavaScript (allowJs is off)
import { policyPage, renderMarkdown } from '../../store/tools/markdown.mjs';
// @ts-expect-error plain ESM JavaScript (allowJs is off)
import { justificationProblems, parseJustifications } from '../../store/tools/permissions.mjs';
// @ts-expect-error plain ESM JavaScript (allowJs is off)
import { screenshotProblems } from '../../store/tools/screenshots.mjs';

type Files = Record<string, Uint8Array>;

const root = join(import.meta.dirname, '..', '..');
const dist = resolve(root, process.env.HD_DIST ?? 'dist');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const bytes = (s: string) => new TextEncoder().encode(s);

/** The first 24 bytes of a PNG (signature, IHDR with width and height): all pngSize reads. */
function png(width: number, height: number): Uint8Array {
  const b = new Uint8Array(33);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(b.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return b;
}

/** A made-up package that passes the Chrome Web Store rules; each test breaks one thing. */
function packageWith(manifest: Record<string, unknown> = {}, files: Files = {}): Files {
  return {
    'manifest.json': bytes(
      JSON.stringify({
        manifest_version: 3,
        name: '__MSG_extName__',
        description: '__MSG_extDescription__',
        version: '1.2.3',
        default_locale: 'en',
        icons: { 128: 'icon.png' },
        action: { default_popup: 'popup.html' },
        background: { service_worker: 'bg.js' },
        ...manifest,
      }),
    ),
    '_locales/en/messages.json': bytes(JSON.stringify({ extName: { message: 'Name' }, extdescription: { message: 'Says what it does.' } })),
    'icon.png': png(128, 128),
    'popup.html': bytes('<!doctype html><script type="module" src="/popup.js"></script><link rel="stylesheet" href="popup.css">'),
    'popup.js': bytes('console.log(1)'),
    'popup.css': bytes('body{}'),
    'bg.js': bytes('export {}'),
    ...files,
  };
}

// One run of the whole command, as a person runs it (without the screenshots, which need a browser),
// into a scratch folder: its own build, its own zips.
const scratch = mkdtempSync(join(tmpdir(), 'hd-store-test-'));
const out = join(scratch, 'store');
let run: ReturnType<typeof spawnSync>;
const zips: Record<'chromium' | 'firefox', Files> = { chromium: {}, firefox: {} };
const zipPath = (name: string) => join(out, `handshake-doctor-${name}-${version}.zip`);

beforeAll(() => {
  run = spawnSync(process.execPath, [join(root, 'scripts/store.mjs'), '--no-screenshots'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, HD_DIST: join(scratch, 'dist'), HD_STORE_OUT: out },
  });
  for (const name of ['chromium', 'firefox'] as const) if (existsSync(zipPath(name))) zips[name] = readZip(readFileSync(zipPath(name)));
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run store', () => {
  it('builds the package from one command', () => {
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toContain('web-ext lint (firefox zip): ok');
    for (const page of ['privacy-policy.html', 'privacy-policy.ja.html']) expect(existsSync(join(out, page))).toBe(true);
  });

  it('refuses an option it does not know, rather than ignoring it', () => {
    const r = spawnSync(process.execPath, [join(root, 'scripts/store.mjs'), '--no-screenshot'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--no-screenshot');
  });
});

describe.each(['chromium', 'firefox'] as const)('the %s zip', (name) => {
  it('has manifest.json at its root and every file the manifest and its pages name', () => {
    const files = zips[name];
    expect(Object.keys(files)).toContain('manifest.json');
    const manifest = manifestOf(files);
    const named: string[] = manifestReferences(manifest);
    expect(named).toEqual(expect.arrayContaining(['icons/icon-128.png', manifest.action.default_popup, manifest.options_ui.page]));
    for (const path of named) expect(Object.keys(files), path).toContain(path);
    expect(missingFiles(files)).toEqual([]);
  });

  it('holds no source map, no dotfile and nothing of a test build, in a fixed order', () => {
    const paths = Object.keys(zips[name]);
    expect(paths.filter((path) => path.endsWith('.map') || /(^|\/)\./.test(path))).toEqual([]);
    expect(paths).toEqual([...paths].sort());
    expect(testBuildProblems(zips[name])).toEqual([]);
  });

  it('is byte for byte the zip of another build made at another time, in any time zone', () => {
    // dist/ is the build-checks stage's own build, made before this run's: different file times.
    const again = zipExtension(join(dist, name === 'chromium' ? 'chrome' : 'firefox'));
    expect(Buffer.from(again).equals(readFileSync(zipPath(name)))).toBe(true);
    const tz = process.env.TZ;
    try {
      for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
        process.env.TZ = zone;
        expect(Buffer.from(zipExtension(join(dist, name === 'chromium' ? 'chrome' : 'firefox'))).equals(again), zone).toBe(true);
      }
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});

describe('the Chrome Web Store rules (store/tools/manifest-rules.mjs)', () => {
  it('pass on the chromium zip', () => {
    expect(chromeWebStoreProblems(zips.chromium)).toEqual([]);
  });

  it('pass on a made-up package that follows them', () => {
    expect(chromeWebStoreProblems(packageWith())).toEqual([]);
  });

  const broken: [string, Files, RegExp][] = [
    ['no manifest at the root', { 'ext/manifest.json': bytes('{}') }, /not at the root/],
    ['Manifest V2', packageWith({ manifest_version: 2 }), /manifest_version is 2/],
    ['a 76-character name', packageWith({ name: 'n'.repeat(76) }), /name .* 76 characters/],
    [
      'a 133-character description in one locale',
      packageWith(
        {},
        {
          '_locales/ja/messages.json': bytes(JSON.stringify({ extName: { message: 'N' }, extDescription: { message: 'あ'.repeat(133) } })),
        },
      ),
      /description \(ja\) has 133 characters/,
    ],
    ['a description with markup', packageWith({ description: 'A <b>bold</b> one' }), /not plain text/],
    ['a name missing from a locale', packageWith({}, { '_locales/ja/messages.json': bytes('{}') }), /name: missing in locale ja/],
    ['a version with a leading zero', packageWith({ version: '1.02' }), /version "1.02"/],
    ['a version of five parts', packageWith({ version: '1.2.3.4.5' }), /version/],
    ['a version part over 65535', packageWith({ version: '1.65536' }), /version/],
    ['no 128 icon', packageWith({ icons: { 48: 'icon.png' } }), /no 128×128 icon/],
    ['a 64×64 icon', packageWith({}, { 'icon.png': png(64, 64) }), /is 64×64, not 128×128/],
    ['an icon that is not a PNG', packageWith({}, { 'icon.png': bytes('GIF89a') }), /not a PNG/],
    ['a script from a CDN', packageWith({}, { 'popup.html': bytes('<script src="https://cdn.example/x.js"></script>') }), /another origin/],
    ['an inline script', packageWith({}, { 'popup.html': bytes('<script>alert(1)</script>') }), /inline <script>/],
    ['eval in a bundle', packageWith({}, { 'bg.js': bytes('const f=x=>eval(x)') }), /calls eval\(\)/],
    ['new Function in a bundle', packageWith({}, { 'popup.js': bytes('new Function("return 1")') }), /new Function/],
    ['a remote import', packageWith({}, { 'bg.js': bytes('import("https://x.example/a.js")') }), /imports code from another origin/],
    [
      'a CSP that allows remote scripts',
      packageWith({ content_security_policy: { extension_pages: "script-src 'self' https://cdn.example; object-src 'none'" } }),
      /allows scripts from https:\/\/cdn.example/,
    ],
    ['a named file missing', packageWith({ options_ui: { page: 'options.html' } }), /options.html is named but not in the package/],
    ['a page naming a missing script', packageWith({}, { 'popup.js': undefined as unknown as Uint8Array }), /popup.js is named/],
  ];
  it.each(broken)('fail on %s', (_what, files, expected) => {
    const present = Object.fromEntries(Object.entries(files).filter(([, b]) => b !== undefined));
    const problems: string[] = chromeWebStoreProblems(present);
    expect(problems.join('\n')).toMatch(expected);
  });

  it('do not take a method named eval, or the word, for a call to eval()', () => {
    expect(chromeWebStoreProblems(packageWith({}, { 'bg.js': bytes('a.eval(x); const medieval = 1; // eval') }))).toEqual([]);
  });

  it('see a test build: its hook key, and management granted up front', () => {
    expect(TEST_PAUSE_KEY).toBe('__test_pause');
    const hooked = packageWith({ permissions: ['storage', 'management'] }, { 'bg.js': bytes(`storage.get("${TEST_PAUSE_KEY}")`) });
    expect(testBuildProblems(hooked)).toEqual([
      expect.stringMatching(/bg.js: contains the test hook/),
      expect.stringMatching(/management/),
    ]);
  });
});

describe('permission justifications (store/permissions.md)', () => {
  const justifications = parseJustifications(read('store/permissions.md'));
  const built = () => ({ chromium: manifestOf(zips.chromium), firefox: manifestOf(zips.firefox) });
  const chromeManifest = () => JSON.parse(readFileSync(join(dist, 'chrome', 'manifest.json'), 'utf8'));

  it('cover every permission and host permission the built manifests ask for, and nothing else', () => {
    const { chromium, firefox } = built();
    expect(justificationProblems({ chromium, firefox }, justifications)).toEqual([]);
    const asked = [...chromium.permissions, ...firefox.permissions, ...chromium.host_permissions, ...chromium.optional_permissions];
    expect([...justifications.keys()].sort()).toEqual([...new Set(asked)].sort());
  });

  it('fail on a manifest that asks for a permission without one', () => {
    const manifest = {
      ...chromeManifest(),
      permissions: [...chromeManifest().permissions, 'cookies'],
      optional_host_permissions: ['https://x.example/*'],
    };
    expect(justificationProblems({ chromium: manifest }, justifications)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^`cookies` \(chromium permissions\) has no justification/),
        expect.stringMatching(/^`https:\/\/x.example\/\*` \(chromium optional_host_permissions\) has no justification/),
      ]),
    );
  });

  it('fail on an empty justification, and on one no build needs', () => {
    const parsed = parseJustifications('## `storage`\n\n<!-- only a comment -->\n\n## `bookmarks`\n\nFor nothing.\n');
    expect(justificationProblems({ x: { permissions: ['storage'] } }, parsed)).toEqual([
      expect.stringMatching(/`storage` \(x permissions\) has no justification/),
      expect.stringMatching(/justifies `bookmarks`, which no build asks for/),
    ]);
  });
});

describe.each(['en', 'ja'])('the %s listing (store/listing)', (lang) => {
  const sections = parseListing(read(`store/listing/${lang}.md`));
  const own = (value: string) => new Map<string, string>(localized(zips.chromium, value)).get(lang)!;
  const pkg = () => ({ name: own(manifestOf(zips.chromium).name), description: own(manifestOf(zips.chromium).description) });

  it("has a name and summary that are the package's own, a summary of at most 132 characters, and a description", () => {
    expect(listingProblems(lang, sections, pkg())).toEqual([]);
    expect([...sections.Summary].length).toBeLessThanOrEqual(132);
    expect(sections.Description.length).toBeGreaterThan(200);
  });

  it('fails on a summary over 132 characters, one that differs from the package, a name over 45 characters, and a missing section', () => {
    const long = 'x'.repeat(133);
    expect(listingProblems(lang, { ...sections, Summary: long }, { ...pkg(), description: long })).toEqual([
      expect.stringMatching(/more than 132 characters/),
    ]);
    expect(listingProblems(lang, { ...sections, Summary: 'Something else.' }, pkg())).toEqual([
      expect.stringMatching(/not the package's description/),
    ]);
    const longName = 'n'.repeat(46);
    expect(listingProblems(lang, { ...sections, Name: longName }, { ...pkg(), name: longName })).toEqual([
      expect.stringMatching(/more than 45 characters/),
    ]);
    expect(listingProblems(lang, { Name: sections.Name }, pkg())).toEqual([
      expect.stringMatching(/no "## Summary"/),
      expect.stringMatching(/no "## Description"/),
    ]);
  });
});

describe.each([
  ['en', 'store/privacy-policy.md'],
  ['ja', 'store/privacy-policy.ja.md'],
])('the %s privacy policy', (lang, path) => {
  const policy = read(path);

  // Every setting whose default is an address the extension contacts: its key and its host.
  const contacted = Object.entries(DEFAULT_SETTINGS).flatMap(([key, value]) =>
    [value]
      .flat()
      .filter((v): v is string => typeof v === 'string' && /^https?:\/\//.test(v))
      .map((url) => ({ key, host: new URL(url).host })),
  );

  it('names every default address the settings contact, with its setting', () => {
    expect(contacted.map((c) => c.key)).toEqual(
      expect.arrayContaining(['probeUrls', 'portalCheckUrl', 'firefoxPortalCheckUrl', 'tls12CheckUrl']),
    );
    for (const { key, host } of contacted) {
      expect(policy, host).toContain(host);
      expect(policy, key).toContain(`\`${key}\``);
    }
    for (const key of ['reprobe', 'otherSiteProbe', 'clockCheck', 'timeSources', 'historyLimit', 'historyMaxAgeDays'])
      expect(policy, key).toContain(`\`${key}\``);
  });

  it('states the default history bounds the code uses', () => {
    expect(policy).toContain(String(DEFAULT_SETTINGS.historyLimit));
    expect(policy).toContain(String(DEFAULT_SETTINGS.historyMaxAgeDays));
  });

  it('cites, for reviewers, files that exist', () => {
    const cited = [...policy.matchAll(/<!-- src: ([^>]*?) -->/g)].flatMap((m) =>
      m[1]!
        .replace(/\([^)]*\)/g, '')
        .split(',')
        .map((s) => s.trim()),
    );
    expect(cited.length).toBeGreaterThan(20);
    for (const file of cited) expect(existsSync(join(root, file)), file).toBe(true);
  });

  it('renders as a page in its language, with nothing of the Markdown left over', () => {
    const page: string = policyPage(policy, lang);
    expect(page).toContain(`<html lang="${lang}">`);
    expect(page.replace(/<!--[\s\S]*?-->/g, '')).not.toMatch(/\*\*|`|^#|^- /m);
    expect(readFileSync(join(out, lang === 'en' ? 'privacy-policy.html' : 'privacy-policy.ja.html'), 'utf8')).toBe(page);
  });
});

describe('the Markdown renderer (store/tools/markdown.mjs)', () => {
  it('renders headings, lists, code, bold and links, escapes text and keeps comments', () => {
    expect(renderMarkdown('# T\n\nA **b** `c` [d](https://e.example/) <i> & "q" <!-- src: x.ts -->\n\n- one\n  two\n- three')).toBe(
      '<h1>T</h1>\n<p>A <strong>b</strong> <code>c</code> <a href="https://e.example/">d</a> &lt;i&gt; &amp; &quot;q&quot; <!-- src: x.ts --></p>\n<ul>\n  <li>one two</li>\n  <li>three</li>\n</ul>',
    );
  });
});

describe('the store screenshots check (store/tools/screenshots.mjs)', () => {
  const dir = (files: Record<string, Uint8Array>) => {
    const d = mkdtempSync(join(scratch, 'shots-'));
    mkdirSync(d, { recursive: true });
    for (const [name, b] of Object.entries(files)) writeFileSync(join(d, name), b);
    return d;
  };

  it('passes 1280×800 PNGs named store-N-<scene>-<lang>.png', () => {
    expect(screenshotProblems(dir({ 'store-1-verdict-en.png': png(1280, 800), 'store-2-clock-ja.png': png(1280, 800) }))).toEqual([]);
  });

  it('fails on none, on a missing folder, on another size, on another name, and on a file that is not a PNG', () => {
    expect(screenshotProblems(dir({}))).toEqual([expect.stringMatching(/no store-N/)]);
    expect(screenshotProblems(join(scratch, 'absent'))).toEqual([expect.stringMatching(/no store-N/)]);
    const bad = dir({
      'store-1-verdict-en.png': png(1280, 720),
      'store-2-clock-ja.png': bytes('not a png at all, but long enough'),
      'verdict.png': png(1280, 800),
    });
    expect(screenshotProblems(bad)).toEqual([
      'store-1-verdict-en.png: 1280×720, not 1280×800',
      'store-2-clock-ja.png: not a PNG',
      'verdict.png: not named store-N-<scene>-<lang>.png',
    ]);
  });
});
