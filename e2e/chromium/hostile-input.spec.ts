// Hardening, hostile input: URLs and error strings carrying markup, a 64 KB URL, a look-alike
// internationalized host name. Every surface shows them as text (no element is created from
// them; textContent shows them literally), hosts appear in their ASCII (punycode) form so a
// look-alike cannot pass for the real name, and the extension pages' CSP stays strict (an inline
// script injected into the troubleshooter's DOM does not run).
import type { Page } from '@playwright/test';
import { expect, expectTroubleshooter, test, troubleshooterPrefix, visitFailing } from '../support/fixtures';
import { inContentScript } from '../support/fresh-chromium';
import { extensionUrl, inExtension, popupUrl, resetStorage, storeIncident, tabIdOf } from '../support/extension-pages';

declare const chrome: any;

test.afterEach(async ({ ext }) => resetStorage(ext));

/** Payloads that set window.__pwned if any of them ever runs as script. */
const MARKUP = {
  img: '<img src=x onerror="window.__pwned=1">',
  script: '"><script>window.__pwned=2</script>',
  svg: '<svg onload="window.__pwned=3">',
  js: 'javascript:window.__pwned=4',
};
/** Cyrillic "а" + "pple": a look-alike of apple, as the browser's URL parser stores it. */
const LOOKALIKE_UNICODE = '\u0430pple.hd.test';
const LOOKALIKE_ASCII = 'xn--pple-43d.hd.test';

/** Nothing in `page` (its DOM, any frame) came from the input: no handler attributes, no stray elements, no payload ran. */
async function expectNoInjectedMarkup(page: Page) {
  const found = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const bad = all
      .filter(
        (el) =>
          [...el.attributes].some((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value)) ||
          (el.tagName === 'IMG' && el.getAttribute('src') === 'x') ||
          (el.tagName === 'SCRIPT' && !el.getAttribute('src')) ||
          el.tagName.toLowerCase() === 'svg' ||
          el.tagName === 'IFRAME',
      )
      .map((el) => el.outerHTML.slice(0, 120));
    return { bad, pwned: (window as { __pwned?: unknown }).__pwned ?? null };
  });
  expect(found).toEqual({ bad: [], pwned: null });
}

function failOnDialog(page: Page) {
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
}

/** Writes an incident with hostile values into storage.session, as the worker would store one. */

test('markup in the path and query of a faulty URL stays text on the troubleshooter', async ({ page, ext, harness }) => {
  failOnDialog(page);
  const url = `${harness.cases['wrong-host']!.url}${MARKUP.img}/${MARKUP.svg}?q=${MARKUP.script}#${MARKUP.script}`;
  await visitFailing(page, url);
  await expectTroubleshooter(page, ext.extensionId, 'cert-name');
  await expect(page.locator('.host')).toHaveText(harness.cases['wrong-host']!.host);
  await page.getByText('Show the report').click();
  const report = (await page.getByTestId('report-text').textContent()) ?? '';
  // The path as the browser's URL parser keeps it (percent-encoded), shown literally; the query is not kept.
  const path = new URL(url).pathname;
  expect(report).toContain(`${harness.cases['wrong-host']!.url.replace(/\/$/, '')}${path}`);
  expect(report).not.toContain('__pwned=2');
  await expectNoInjectedMarkup(page);
});

test('a 64 KB URL opens the troubleshooter, stored within bounds', async ({ page, ext, harness }) => {
  failOnDialog(page);
  const url = `${harness.cases['self-signed']!.url}${'a'.repeat(64 * 1024)}/${encodeURIComponent(MARKUP.img)}`;
  await visitFailing(page, url);
  await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
  await expect(page.locator('.host')).toHaveText(harness.cases['self-signed']!.host);
  const id = new URL(page.url()).searchParams.get('incident')!;
  const stored = await inExtension(ext, async (key: string) => (await chrome.storage.session.get(key))[key], `incident:${id}`);
  // Cut to its first 2 KB, a mark and a hash of the whole (src/core/url-bound.ts).
  expect(stored.evidence.failure.url).toHaveLength(2048 + 1 + 16);
  expect(url.startsWith(stored.evidence.failure.url.slice(0, 2048))).toBe(true);
  await expectNoInjectedMarkup(page);
});

test('a look-alike internationalized host is shown in its ASCII form everywhere', async ({ page, ext, harness }) => {
  // The wrong-host server answers any name; the harness resolver maps *.hd.test to it.
  const url = `https://${LOOKALIKE_ASCII}:${harness.cases['wrong-host']!.port}/account`;
  await visitFailing(page, url);
  const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-name');
  await expect(page.locator('.host')).toHaveText(LOOKALIKE_ASCII);
  await expect(diagnosis.locator('.verdict')).toContainText(LOOKALIKE_ASCII);
  const visible = (p: Page) => p.evaluate(() => document.body.innerText);
  expect(await visible(page)).not.toContain(LOOKALIKE_UNICODE);

  // The popup about that tab, and the history in the options page, say the same.
  const tabId = await tabIdOf(ext, page.url());
  const popup = await ext.context.newPage();
  await popup.goto(popupUrl(ext, tabId));
  await expect(popup.getByTestId('diagnosis')).toHaveAttribute('data-kind', 'cert-name');
  await expect(popup.locator('.host')).toHaveText(LOOKALIKE_ASCII);
  expect(await visible(popup)).not.toContain(LOOKALIKE_UNICODE);
  await popup.goto(extensionUrl(ext, 'src/options/index.html'));
  await expect(popup.getByTestId('guided-source')).toContainText(LOOKALIKE_ASCII);
  expect(await popup.evaluate(() => document.body.textContent ?? '')).not.toContain(LOOKALIKE_UNICODE);
  await popup.close();
});

test('hostile values in a stored incident and history entry render as text', async ({ page, ext }) => {
  failOnDialog(page);
  const failure = {
    rawError: `${MARKUP.script}${MARKUP.img}`,
    errorCode: MARKUP.img,
    kind: 'tls-unknown',
    url: `https://markup.hd.test/${MARKUP.img}?q=${MARKUP.script}`,
    host: `${MARKUP.svg}${LOOKALIKE_UNICODE}`,
  };
  const id = await storeIncident(ext, failure, { prefix: 'hostile', tabId: 999_998 });
  await page.goto(`${troubleshooterPrefix(ext.extensionId)}?incident=${id}`);
  const diagnosis = page.getByTestId('diagnosis');
  await expect(diagnosis).toHaveAttribute('data-kind', 'tls-unknown');
  await expect(diagnosis).toHaveAttribute('data-error-code', MARKUP.img);
  await expect(page.locator('.host')).toHaveText(failure.host);
  await expect(page.locator('.error-code')).toHaveText(MARKUP.img);
  await page.getByText('Show the report').click();
  await expect(page.getByTestId('report-text')).toContainText(MARKUP.img);
  await expectNoInjectedMarkup(page);

  // The same values in a history entry, in the options page's list of past incidents.
  await inExtension(
    ext,
    async ({ id, failure }) => {
      const { [`incident:${id}`]: incident } = await chrome.storage.session.get(`incident:${id}`);
      await chrome.storage.local.set({
        history: [{ id, recordedAt: Date.now(), cause: 'unknown', uncertain: true, evidence: incident.evidence }],
      });
      return failure;
    },
    { id, failure },
  );
  const options = await ext.context.newPage();
  failOnDialog(options);
  await options.goto(extensionUrl(ext, 'src/options/index.html'));
  await expect(options.getByTestId('guided-source')).toContainText(MARKUP.img);
  await options.getByTestId('guided-source').selectOption(id);
  await expect(options.getByTestId('diagnosis')).toHaveAttribute('data-error-code', MARKUP.img);
  await expectNoInjectedMarkup(options);
  await options.close();
});

test('the banner shows hostile card values as text inside its shadow root', async ({ page, ext, harness }) => {
  failOnDialog(page);
  await page.goto(`${harness.pages.healthy}?banner-markup`);
  const tabId = await tabIdOf(ext, page.url());
  const card = {
    incidentId: 'hostile-banner-card',
    errorCode: MARKUP.img,
    kind: 'tls-unknown',
    cause: 'unknown',
    causeTitleKey: 'cause_unknown_title',
    uncertain: true,
    summary: { key: 'verdict_uncertain', subs: [MARKUP.script] },
    failures: [
      {
        url: `https://markup.hd.test/${MARKUP.img}`,
        host: `${MARKUP.svg}`,
        errorCode: MARKUP.script,
        kindTitleKey: 'kind_tls_unknown_title',
      },
    ],
  };
  await ext.worker.evaluate(
    (id: number) => chrome.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, files: ['content/banner.js'] }),
    tabId,
  );
  await inContentScript(ext.worker, tabId, (cards: unknown[]) => (globalThis as any).__handshakeDoctorBanner(cards), [card]);

  // Read the closed shadow root through CDP (pierce), as the banner specs do.
  const cdp = await page.context().newCDPSession(page);
  type Node = { nodeName: string; nodeValue?: string; children?: Node[]; shadowRoots?: Node[]; attributes?: string[] };
  const walk = function* (n: Node): Generator<Node> {
    yield n;
    for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) yield* walk(c);
  };
  let banner: Node | undefined;
  for (let i = 0; i < 50 && !banner?.shadowRoots?.length; i++) {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    banner = [...walk(root)].find((n) => n.nodeName === 'HANDSHAKE-DOCTOR-BANNER');
    if (!banner) await page.waitForTimeout(100);
  }
  await cdp.detach();
  expect(banner?.shadowRoots?.length).toBe(1);
  const inside = [...walk(banner!.shadowRoots![0]!)];
  const text = inside
    .filter((n) => n.nodeName === '#text')
    .map((n) => n.nodeValue)
    .join('');
  expect(text).toContain(MARKUP.svg);
  expect(text).toContain(MARKUP.script);
  expect(inside.map((n) => n.nodeName).filter((name) => ['IMG', 'SCRIPT', 'SVG', 'svg', 'IFRAME'].includes(name))).toEqual([]);
  const handlerAttributes = inside.flatMap((n) => (n.attributes ?? []).filter((_, i) => i % 2 === 0 && /^on/i.test(n.attributes![i]!)));
  expect(handlerAttributes).toEqual([]);
  await expectNoInjectedMarkup(page);
});

test('the troubleshooter page runs no injected inline script, handler or string timer (strict CSP)', async ({ page, ext, harness }) => {
  await visitFailing(page, harness.cases.expired!.url);
  await expectTroubleshooter(page, ext.extensionId, 'cert-date');
  const csp = await page.evaluate(() => chrome.runtime.getManifest().content_security_policy.extension_pages as string);
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).not.toMatch(/unsafe-/);
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const w = window as { __inline?: number; __handler?: number };
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.body.append(script);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__handler = 1');
    img.src = 'data:,not-an-image';
    document.body.append(img);
    // A string timer is eval by another name: also script-src.
    (window.setTimeout as unknown as (code: string, ms: number) => number)('window.__timer = 1', 0);
    await new Promise((r) => setTimeout(r, 500));
    return {
      inline: w.__inline ?? null,
      handler: w.__handler ?? null,
      timer: (window as { __timer?: number }).__timer ?? null,
      violations,
    };
  });
  expect(outcome.inline).toBeNull();
  expect(outcome.handler).toBeNull();
  expect(outcome.timer).toBeNull();
  expect(outcome.violations).toContain('script-src-elem');
});
