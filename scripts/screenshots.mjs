// Screenshots of every verdict, every risky step and every surface, in English and Japanese, taken
// in real browsers against the local harness, each scenario made as the e2e specs make it:
//   troubleshooter-site-certificate   the expired certificate (light and dark)
//   step-destructive                  the certificate-store (or browser-reset) step under interception, opened (light and dark)
//   step-destructive-firefox          Firefox's browser-reset step (Refresh Firefox) under browser settings, opened
//   popup, banner, options            the popup for the troubleshooter's tab, the mixed page's banner,
//                                     the options page's guided fixes for the recorded incident (light and dark)
//   troubleshooter-clock              the browser under libfaketime two years behind (evidence-clock.spec.ts)
//   troubleshooter-proxy-extension    a second extension holds the proxy; the test build names it (evidence-proxy.spec.ts)
//   troubleshooter-home-device        a device at home with a self-signed certificate (host-scope.spec.ts)
//   troubleshooter-captive-portal     the harness's port-80 check server in portal mode (captive-portal.spec.ts)
//   troubleshooter-uncertain          a self-signed certificate with the extension's checks switched off
//   troubleshooter-alternative-host   a mismatched name whose www. form works (alternative-host.spec.ts)
//   troubleshooter-named-interception Firefox trusting a root named like Kaspersky's (e2e/firefox/named-interception.test.ts)
//   troubleshooter-browser-settings   Firefox with security.tls.version.min = 4 (e2e/firefox/tls-settings.test.ts)
// Files are named <scene>-<lang>-<scheme>.png.
//
//   node scripts/screenshots.mjs [outDir]          (default docs/screenshots)
//   node scripts/screenshots.mjs --store <dir>     1280×800 store screenshots, store-<n>-<scene>-<lang>.png: the site
//                                                  certificate, named interception, clock, the popup over its tab, the banner
//   SCENES=troubleshooter-clock,banner  LANGS=en,ja  SCHEMES=light,dark  HD_DIST=dist  HD_DIST_TEST=dist-test
// Needs dist/ and dist-test/ built, root (the harness binds ports 80 and 1012 on 127.0.0.1), the
// Debian packages faketime, firefox-esr (+ firefox-esr-l10n-ja) and a CJK font (fonts-noto-cjk).
// Every wait is on data-testid / data-* states, never on texts, so reworded pages still shoot.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { TIME_SOURCE_HOSTS } from '../e2e/harness/cases.mjs';
import { startHarness } from '../e2e/harness/index.mjs';
import { makeNssDb } from '../e2e/harness/nss.mjs';
import { firefoxPrefs } from '../e2e/support/firefox-prefs.mjs';
import { launchChromium, trustingHome } from '../e2e/support/launch-chromium.mjs';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const store = args[0] === '--store';
if (store && !args[1]) throw new Error('usage: node scripts/screenshots.mjs --store <dir>');
const out = resolve(store ? args[1] : (args[0] ?? join(root, 'docs', 'screenshots')));
mkdirSync(out, { recursive: true });
const list = (name, all) => (process.env[name] ?? all).split(',').filter(Boolean);
const langs = list('LANGS', 'en,ja');
const schemes = store ? ['light'] : list('SCHEMES', 'light,dark');
const wanted = process.env.SCENES ? new Set(list('SCENES', '')) : undefined;

const run = promisify(execFile);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const STORE_SIZE = { width: 1280, height: 800 };
const FAKETIME_LIB = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';

const harness = await startHarness({ quiet: true, wellKnownPorts: true });
const home = await trustingHome(harness, mkdtempSync(join(tmpdir(), 'hd-shots-')));
const dist = (variant) => resolve(root, process.env.HD_DIST ?? 'dist', variant);
const distTest = (variant) => resolve(root, process.env.HD_DIST_TEST ?? 'dist-test', variant);
const timeSources = TIME_SOURCE_HOSTS.map((h) => `http://${h}:${harness.time.port}/`);
// The other-site probe, the clock check and the portal check stay on the harness, as in the tests.
const localSettings = {
  probeUrls: [harness.pages.healthy],
  timeSources,
  portalCheckUrl: 'http://portal.hd.test/generate_204',
  firefoxPortalCheckUrl: 'http://portal.hd.test/success.txt',
};
const envelope = (settings) => ({ version: 1, settings: { ...localSettings, ...settings } });

/** Polls `read` (in the page) until it answers truthy. */
async function until(page, read, arg, what, timeoutMs = 25_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await page.evaluate(read, arg).catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what} on ${page.url()}`);
}

/** Until the page stops changing (evidence arrives after the verdict and re-renders the page). */
async function settled(page, quietMs = 1500, timeoutMs = 12_000) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let since = Date.now();
  while (Date.now() < deadline) {
    const now = await page.evaluate(() => document.body?.innerHTML ?? '').catch(() => '');
    if (now !== last) [last, since] = [now, Date.now()];
    else if (Date.now() - since >= quietMs) return;
    await sleep(250);
  }
}

/** The troubleshooter shows a diagnosis matching `selector` (e.g. `[data-cause="system-clock"]`). */
const diagnosisShown = (page, selector = '') =>
  until(page, (s) => !!document.querySelector(`[data-testid="diagnosis"]${s}`), selector, `diagnosis${selector}`);

/** Loads a URL that fails: the extension replaces the page, so the navigation's own outcome is irrelevant. */
const visitFailing = (page, url) =>
  Promise.race([page.goto(url, { timeout: 15_000 }).catch(() => undefined), sleep(3_000)]).then(() => undefined);

/** A new tab on a failing `url`, once its troubleshooter shows a diagnosis matching `selector` and stops changing. */
async function troubleshooterOn(b, url, selector) {
  const page = await b.newPage();
  await visitFailing(page, url);
  await diagnosisShown(page, selector);
  await settled(page);
  return page;
}

function setPortal(lane, mode) {
  return new Promise((done, fail) =>
    http
      .get({ host: '127.0.0.1', port: 80, path: `/control/${lane}/${mode}`, headers: { Host: 'portal.hd.test' } }, (res) => {
        res.resume();
        done();
      })
      .on('error', fail),
  );
}

/** Opens what the step shows only when asked (disclosures), so the whole step is in the picture. */
const openStep = (page, selector) =>
  page.evaluate((s) => {
    const step = document.querySelector(s);
    for (const details of step?.querySelectorAll('details') ?? []) details.open = true;
    for (const button of step?.querySelectorAll('[aria-expanded="false"]') ?? []) button.click();
    step?.scrollIntoView({ block: 'start' });
  }, selector);

/** The sum of the banner cards' part counts, read through its closed shadow root with CDP. */
async function bannerParts(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root: doc } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    let sum = 0;
    const walk = (node) => {
      const attrs = node.attributes ?? [];
      const at = attrs.indexOf('data-part-count');
      if (at >= 0 && at % 2 === 0) sum += Number(attrs[at + 1]);
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child);
    };
    walk(doc);
    return sum;
  } finally {
    await cdp.detach();
  }
}

/** @param {string} expired @param {string} untrusted base URLs of two failing harness servers */
const articlePage = (expired, untrusted) => `<!doctype html><html lang="en"><meta charset="utf-8"><title>Riverside Gazette</title>
<style>
  body { margin: 0; font: 17px/1.6 Georgia, 'Noto Serif', 'Noto Serif CJK JP', serif; color: #222; background: #fbfaf7; }
  header { padding: 14px 32px; background: #1d3557; color: #fff; font: 700 22px system-ui, sans-serif; letter-spacing: .02em; }
  main { max-width: 720px; margin: 0 auto; padding: 8px 32px 48px; }
  h1 { font-size: 34px; line-height: 1.2; margin: 24px 0 8px; }
  .byline { color: #666; font: 14px system-ui, sans-serif; }
  figure { margin: 20px 0; }
  img, iframe { display: block; width: 100%; height: 180px; background: #e4e1da; border: 0; color: transparent; }
  figcaption { color: #666; font: 13px system-ui, sans-serif; margin-top: 6px; }
</style>
<header>Riverside Gazette</header>
<main>
  <h1>The footbridge reopens after a year of repairs</h1>
  <p class="byline">Local news · 4 min read</p>
  <figure><img alt="" src="${expired}photos/bridge.jpg"><figcaption>The new deck, seen from the east bank.</figcaption></figure>
  <p>After twelve months behind fences, the footbridge across the river opened again on Saturday morning, with a new deck, brighter lights and a ramp at each end.</p>
  <iframe title="Map" src="${untrusted}embed/map"></iframe>
  <p>The council says the work came in under budget. A second phase, replacing the railings on the west side, starts in spring.</p>
  <img alt="" src="${untrusted}ads/banner.png">
</main></html>`;

/** PNG without its alpha channel (composited on white): the Chrome Web Store asks for 24-bit PNGs, and Firefox's screenshots carry alpha. */
function withoutAlpha(png) {
  const chunks = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    chunks.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  const ihdr = Buffer.from(chunks[0].data);
  const [width, height] = [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4)];
  if (ihdr[8] !== 8 || ihdr[9] !== 6 || ihdr[12] !== 0) return png;
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = width * 4;
  const rgb = Buffer.alloc(height * (1 + width * 3));
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    // Undo the row filter (PNG specification, section 9).
    for (let i = 0; i < stride; i++) {
      const [a, b, c] = [i >= 4 ? line[i - 4] : 0, previous[i], i >= 4 ? previous[i - 4] : 0];
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      line[i] += [0, a, b, (a + b) >> 1, paeth][filter];
    }
    for (let x = 0; x < width; x++) {
      const alpha = line[x * 4 + 3] / 255;
      for (let k = 0; k < 3; k++) rgb[y * (1 + width * 3) + 1 + x * 3 + k] = Math.round(line[x * 4 + k] * alpha + 255 * (1 - alpha));
    }
    previous = line;
  }
  ihdr[9] = 2;
  const chunk = (type, data) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
    return Buffer.concat([head, data, crc]);
  };
  return Buffer.concat([png.subarray(0, 8), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rgb)), chunk('IEND', Buffer.alloc(0))]);
}

// ---- Scenes. Each gets a browser (`b`) and the language, and answers what to shoot.
// `shot`: 'page' (the whole page), 'viewport', or a selector (that element only).

const chromiumScenes = {
  async 'troubleshooter-site-certificate'(b) {
    const page = await troubleshooterOn(b, harness.cases.expired.url, '[data-kind="cert-date"]');
    b.troubleshooter = page;
    return { page, shot: 'page' };
  },
  async popup(b) {
    const page = b.troubleshooter ?? (await chromiumScenes['troubleshooter-site-certificate'](b)).page;
    const tabId = await b.worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, page.url());
    const popup = await b.newPage();
    await popup.setViewportSize({ width: 400, height: 420 });
    await popup.goto(`chrome-extension://${b.extensionId}/src/popup/index.html?tab=${tabId}`);
    await diagnosisShown(popup);
    await settled(popup, 500);
    const height = await popup.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    await popup.setViewportSize({ width: 400, height });
    return { page: popup, shot: 'viewport' };
  },
  // The store's picture of the popup: with "only mark the toolbar icon" chosen, the tab keeps the
  // browser's own error page and the popup is the way in; its screenshot is laid over that page's.
  async 'popup-over-page'(b) {
    await b.settings({ onPageFailure: 'badge' });
    const page = await b.newPage();
    await visitFailing(page, harness.cases['not-yet-valid'].url);
    const url = harness.cases['not-yet-valid'].url;
    const deadline = Date.now() + 15_000;
    let tabId;
    while (!tabId && Date.now() < deadline) {
      tabId = await b.worker.evaluate(async (u) => {
        const [tab] = (await chrome.tabs.query({})).filter((t) => t.url === u);
        return tab && (await chrome.action.getBadgeText({ tabId: tab.id })) ? tab.id : undefined;
      }, url);
      if (!tabId) await sleep(250);
    }
    await sleep(1000);
    const background = (await page.screenshot()).toString('base64');
    const popup = await b.newPage();
    await popup.setViewportSize({ width: 400, height: 420 });
    await popup.goto(`chrome-extension://${b.extensionId}/src/popup/index.html?tab=${tabId}`);
    await diagnosisShown(popup);
    await settled(popup, 500);
    const height = await popup.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    await popup.setViewportSize({ width: 400, height });
    const image = (await popup.screenshot()).toString('base64');
    await popup.close();
    await b.settings({});
    const shown = await b.newPage();
    await shown.setContent(
      `<body style="margin: 0"><img style="display: block" src="data:image/png;base64,${background}"><img src="data:image/png;base64,${image}"
        style="position: fixed; top: 12px; right: 12px; border: 1px solid #c4c7c5; border-radius: 8px; box-shadow: 0 8px 28px rgba(0, 0, 0, 0.3)"></body>`,
    );
    await shown.waitForFunction(() => [...document.images].every((img) => img.complete));
    return { page: shown, shot: 'viewport' };
  },
  // An ordinary article page on the harness's healthy origin whose pictures and embedded frame come
  // from two failing hosts, one of them twice (as e2e/chromium/banner.spec.ts routes its pages).
  async banner(b) {
    const page = await b.newPage({ width: 900, height: 600 });
    const url = `${harness.pages.healthy}?article`;
    const [expired, untrusted] = [harness.cases.expired.url, harness.cases['untrusted-root'].url];
    await page.route(url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: articlePage(expired, untrusted) }),
    );
    await page.goto(url);
    const deadline = Date.now() + 25_000;
    while ((await bannerParts(page).catch(() => 0)) < 3 && Date.now() < deadline) await sleep(250);
    await sleep(500);
    return { page, shot: 'viewport' };
  },
  async options(b) {
    if (!b.troubleshooter) await chromiumScenes['troubleshooter-site-certificate'](b);
    const page = await b.newPage({ width: 1000, height: 1000 });
    await page.goto(`chrome-extension://${b.extensionId}/src/options/index.html`);
    await page.waitForSelector('[data-testid="history-entry"]');
    // The expired certificate's incident (the troubleshooter's), whatever else the history holds.
    const incident = new URL(b.troubleshooter.url()).searchParams.get('incident');
    const source = page.getByTestId('guided-source');
    if (await source.locator(`option[value="${incident}"]`).count()) await source.selectOption(incident);
    else await source.selectOption({ index: 1 });
    await page.waitForSelector('[data-testid="guided-fixes"] [data-testid="diagnosis"]');
    await settled(page, 500);
    return { page, shot: 'section:has([data-testid="guided-fixes"])' };
  },
  async 'troubleshooter-home-device'(b) {
    const page = await b.newPage();
    await visitFailing(page, harness.scope['device-self-signed'].url);
    await until(page, () => !!document.querySelector('[data-testid="host-scope"]'), null, 'host-scope');
    await settled(page);
    return { page, shot: 'page' };
  },
  async 'troubleshooter-captive-portal'(b) {
    const lane = `shots-${b.lang}-${b.scheme}-${process.pid}`.slice(0, 32);
    await setPortal(lane, 'portal');
    await b.settings({ portalCheckUrl: `http://connectivitycheck.gstatic.com/${lane}/generate_204` });
    // A failure shot before this one ran the check (no portal) less than a minute ago: start a new round.
    await b.worker.evaluate(() => chrome.storage.session.remove('evidence-rounds'));
    const page = await troubleshooterOn(b, harness.portal.site, '[data-cause="captive-portal"]');
    // Later scenes of this browser are on a network without a portal again.
    await setPortal(lane, 'online');
    await b.settings({});
    await b.worker.evaluate(() => chrome.storage.session.remove('evidence-rounds'));
    return { page, shot: 'page' };
  },
  async 'troubleshooter-alternative-host'(b) {
    const page = await b.newPage();
    await visitFailing(page, `${harness.alternative.alt}account/settings?tab=2`);
    await page.waitForSelector('[data-testid="alternative-host"]', { timeout: 20_000 });
    await settled(page);
    return { page, shot: 'page' };
  },
};

const clockScenes = {
  async 'troubleshooter-clock'(b) {
    const page = await troubleshooterOn(b, harness.pages.healthy, '[data-cause="system-clock"]');
    return { page, shot: 'page' };
  },
};

/** A destructive step of the troubleshooter `page` shows, opened: its selector. */
async function destructiveStep(page, ids) {
  const selectors = ids.map((id) => `[data-step="${id}"]`);
  await until(page, (all) => all.some((x) => document.querySelector(x)), selectors, 'a destructive step');
  await settled(page);
  const selector = (await page.evaluate((all) => all.find((x) => document.querySelector(x)), selectors)) ?? selectors[0];
  await openStep(page, selector);
  await settled(page, 500);
  return selector;
}

// With the checks switched off in the options, an untrusted certificate alone cannot tell the
// site from something on the way (test/unit/core/diagnose/diagnose.test.ts, "thin evidence").
const uncertainScenes = {
  async 'troubleshooter-uncertain'(b) {
    const page = await troubleshooterOn(b, harness.cases['self-signed'].url);
    return { page, shot: 'page' };
  },
};

const proxyScenes = {
  async 'troubleshooter-proxy-extension'(b) {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const level = await b.worker.evaluate(async () => (await chrome.proxy.settings.get({})).levelOfControl);
      if (level === 'controlled_by_other_extensions') break;
      await sleep(200);
    }
    const page = await troubleshooterOn(b, harness.cases['untrusted-root'].url, '[data-product]');
    b.troubleshooter = page;
    return { page, shot: 'page' };
  },
  // Interception brings in the certificate store and the browser reset (src/core/checklist/steps/index.ts).
  async 'step-destructive'(b) {
    const page = b.troubleshooter ?? (await proxyScenes['troubleshooter-proxy-extension'](b)).page;
    return { page, shot: await destructiveStep(page, ['certificate-store', 'browser-reset']) };
  },
};

const productScenes = {
  async 'troubleshooter-named-interception'(b) {
    const page = await b.newPage();
    // The product's other sites load (its root is trusted); then one of its sites fails.
    await page.goto(harness.product.sites[0], { timeout: 15_000 });
    await visitFailing(page, harness.product.failing);
    await diagnosisShown(page, '[data-product]');
    await settled(page);
    return { page, shot: 'page' };
  },
};

const tlsScenes = {
  async 'troubleshooter-browser-settings'(b) {
    const page = await troubleshooterOn(b, harness.cases['tls12-only'].url, '[data-cause="browser-settings"]');
    b.troubleshooter = page;
    return { page, shot: 'page' };
  },
  // Refresh Firefox: removes this extension with the rest (src/core/checklist/steps/browser-reset.ts).
  async 'step-destructive-firefox'(b) {
    const page = b.troubleshooter ?? (await tlsScenes['troubleshooter-browser-settings'](b)).page;
    return { page, shot: await destructiveStep(page, ['browser-reset']) };
  },
};

// ---- Browsers.

const PROXY_EXTENSION = join(root, 'e2e', 'fixtures', 'proxy-extension');

/** Chromium with the extension (and `extra` extensions), in `lang` and `scheme`; settings written through the worker. */
async function chromiumBrowser({ lang, scheme, build = dist('chrome'), extra = [], faketime, settings = {} }) {
  const profile = mkdtempSync(join(tmpdir(), 'hd-shots-profile-'));
  const context = await launchChromium({
    userDataDir: profile,
    home,
    hostResolverRules: harness.hostResolverRules,
    extensionDirs: [build, ...extra],
    lang,
    colorScheme: scheme,
    viewport: { width: 900, height: 1000 },
    deviceScaleFactor: 1,
    env: faketime ? { LD_PRELOAD: FAKETIME_LIB, FAKETIME: faketime } : {},
  });
  const ours = await ourWorker(context);
  const b = {
    lang,
    scheme,
    worker: ours,
    extensionId: new URL(ours.url()).host,
    settings: (more) => ours.evaluate((s) => chrome.storage.local.set({ settings: s }), envelope({ ...settings, ...more })),
    async newPage(size) {
      const page = await context.newPage();
      if (store || size) await page.setViewportSize(store ? STORE_SIZE : size);
      return page;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  await b.settings({});
  return b;
}

/** Handshake Doctor's service worker (the proxy fixture has one too), once its top level has run. */
async function ourWorker(context) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const w of context.serviceWorkers())
      if (await w.evaluate(() => globalThis.__handshakeDoctorReady === true).catch(() => false)) return w;
    await sleep(100);
  }
  throw new Error('the Handshake Doctor service worker is not running');
}

/** Firefox ESR with the extension, through puppeteer-core, as e2e/support/firefox.ts launches it. */
async function firefoxBrowser({ lang, trustProductRoot = false, prefs = {}, settings = {} }) {
  const profile = mkdtempSync(join(tmpdir(), 'hd-shots-firefox-'));
  await makeNssDb(profile, harness.rootCaPath);
  if (trustProductRoot)
    await run('certutil', [
      '-d',
      `sql:${profile}`,
      '-A',
      '-t',
      'C,,',
      '-n',
      'hd-product-root',
      '-i',
      join(harness.dir, 'product-root.pem'),
    ]);
  const manifest = JSON.parse(readFileSync(join(dist('firefox'), 'manifest.json'), 'utf8'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      ...firefoxPrefs([...harness.hostnames, ...TIME_SOURCE_HOSTS]),
      'extensions.webextensions.uuids': JSON.stringify({ [manifest.browser_specific_settings.gecko.id]: crypto.randomUUID() }),
      ...(lang === 'ja' ? { 'intl.locale.requested': 'ja' } : {}),
      ...prefs,
    },
    protocolTimeout: 60_000,
  });
  await browser.installExtension(dist('firefox'));
  // Settings are written from an extension page: a reset during the handshake opens the
  // troubleshooter without a certificate (no clock check), then storage.session is cleared.
  const warm = await browser.newPage();
  await visitFailing(warm, harness.cases['tcp-reset'].url);
  await diagnosisShown(warm);
  await warm.evaluate(async (s) => {
    await browser.storage.local.set({ settings: s });
    await browser.storage.session.clear();
  }, envelope(settings));
  await warm.close();
  return {
    lang,
    scheme: 'light',
    async newPage(size) {
      const page = await browser.newPage();
      await page.setViewport(store ? STORE_SIZE : (size ?? { width: 1000, height: 1100 }));
      return page;
    },
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// ---- What to take.

const DARK = new Set(['troubleshooter-site-certificate', 'step-destructive', 'popup', 'banner', 'options']);
const groups = [
  { scenes: chromiumScenes, open: (lang, scheme) => chromiumBrowser({ lang, scheme }) },
  { scenes: clockScenes, open: (lang, scheme) => chromiumBrowser({ lang, scheme, faketime: '-2y', settings: { otherSiteProbe: false } }) },
  {
    scenes: uncertainScenes,
    open: (lang, scheme) => chromiumBrowser({ lang, scheme, settings: { reprobe: false, otherSiteProbe: false, clockCheck: false } }),
  },
  { scenes: proxyScenes, open: (lang, scheme) => chromiumBrowser({ lang, scheme, build: distTest('chrome'), extra: [PROXY_EXTENSION] }) },
  {
    scenes: productScenes,
    firefox: true,
    open: (lang) => firefoxBrowser({ lang, trustProductRoot: true, settings: { probeUrls: harness.product.sites } }),
  },
  { scenes: tlsScenes, firefox: true, open: (lang) => firefoxBrowser({ lang, prefs: { 'security.tls.version.min': 4 } }) },
];

/** The store's five scenes, in listing order. */
const STORE = ['troubleshooter-site-certificate', 'troubleshooter-named-interception', 'troubleshooter-clock', 'popup-over-page', 'banner'];
const STORE_NAMES = ['site-certificate', 'named-interception', 'clock', 'popup', 'banner'];

async function take(b, scene, file) {
  const { page, shot } = await scene(b);
  const path = join(out, `${file}.png`);
  if (store) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await sleep(300);
    writeFileSync(path, withoutAlpha(Buffer.from(await page.screenshot())));
  } else if (shot === 'page' || shot === 'viewport') await page.screenshot({ path, fullPage: shot === 'page' });
  else if (page.setViewportSize) {
    // Chromium: the element with a margin of the page around it, so its border shows whole.
    const box = await page.evaluate((sel) => {
      const r = document.querySelector(sel).getBoundingClientRect();
      return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
    }, shot);
    const m = 12;
    const clip = { x: Math.max(0, box.x - m), y: Math.max(0, box.y - m), width: box.width + 2 * m, height: box.height + 2 * m };
    await page.screenshot({ path, fullPage: true, clip });
  } else await (await page.$(shot)).screenshot({ path });
  console.log(`wrote ${path}`);
}

for (const group of groups) {
  const names = Object.keys(group.scenes).filter((n) =>
    store ? STORE.includes(n) : n !== 'popup-over-page' && (!wanted || wanted.has(n)),
  );
  if (!names.length) continue;
  for (const lang of langs) {
    for (const scheme of group.firefox ? ['light'] : schemes) {
      const todo = names.filter((n) => scheme === 'light' || DARK.has(n));
      if (!todo.length) continue;
      const b = await group.open(lang, scheme);
      try {
        for (const name of todo) {
          const file = store ? `store-${STORE.indexOf(name) + 1}-${STORE_NAMES[STORE.indexOf(name)]}-${lang}` : `${name}-${lang}-${scheme}`;
          await take(b, group.scenes[name], file);
        }
      } finally {
        await b.close();
      }
    }
  }
}
await harness.stop();
rmSync(home, { recursive: true, force: true });
console.log(`screenshots in ${out}`);
