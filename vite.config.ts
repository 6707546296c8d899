// One config, two targets: BROWSER=chrome (default; Edge loads the same build) or BROWSER=firefox.
import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import baseManifest from './manifest.json' with { type: 'json' };
import { firefoxManifest } from './build/firefox-manifest.ts';
import { testManifest } from './build/test-manifest.ts';
import { emitLocales } from './build/emit-locales.ts';
import { extensionManifest } from './build/extension-manifest.ts';
import { noInnerHtml } from './build/no-inner-html.ts';
import { bannerScript } from './build/banner-script.ts';
import { backgroundBundle, type BackgroundEntry } from './build/background-bundle.ts';

const target = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';
/** Test builds (named pause points, src/background/test-hooks.ts; `management` held up front) go to dist-test/, never to dist/. */
const testBuild = process.env.HD_TEST_BUILD === '1';

const targetManifest = target === 'firefox' ? firefoxManifest(baseManifest) : baseManifest;
// Test builds also hold `management` up front (build/test-manifest.ts says why).
const manifest = testBuild ? testManifest(targetManifest as Record<string, unknown>) : targetManifest;
// The background is built as one file of its own (build/background-bundle.ts), which adds its entry
// to the emitted manifest.
const { background, ...pagesManifest } = manifest as Record<string, unknown> & { background: BackgroundEntry };
// Firefox has a native promise-based `browser`: the polyfill would only hand it back.
const alias: Record<string, string> =
  target === 'firefox' ? { 'webextension-polyfill': resolve(import.meta.dirname, 'src/platform/firefox-native-browser.ts') } : {};

export default defineConfig({
  root: import.meta.dirname,
  define: {
    __BROWSER__: JSON.stringify(target),
    __TEST_BUILD__: JSON.stringify(testBuild),
  },
  resolve: { alias },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [
    noInnerHtml(),
    // The troubleshooter is opened by URL, so the manifest does not name it.
    extensionManifest(pagesManifest, { troubleshoot: 'src/troubleshoot/index.html' }),
    emitLocales(),
    bannerScript(),
    backgroundBundle(background, { alias }),
  ],
  build: {
    // HD_DIST / HD_DIST_TEST let parallel work build elsewhere; the defaults are what the README
    // documents. A test build never lands in HD_DIST, so it cannot replace a shippable build.
    outDir: resolve(import.meta.dirname, testBuild ? (process.env.HD_DIST_TEST ?? 'dist-test') : (process.env.HD_DIST ?? 'dist'), target),
    emptyOutDir: true,
    target: target === 'firefox' ? 'firefox140' : 'chrome120',
    minify: true,
    sourcemap: false,
    // Entry chunks name their static imports in the HTML (<link rel="modulepreload">), so pages fetch them in
    // one round rather than discovering them one import level at a time; no polyfill: every target has modulepreload.
    modulePreload: { polyfill: false },
  },
});
