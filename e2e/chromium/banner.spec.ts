// The inline banner: injected on demand into the harness's mixed page (an image, a fetch and an
// iframe fail TLS), one card per cause in a closed shadow root, reached here only by piercing it
// with CDP. Nothing is injected into a healthy page.
import type { Page } from '@playwright/test';
import { expect, test, troubleshooterPrefix } from '../support/fixtures';
import {
  badgeText,
  type BannerView,
  readBanner,
  resetStorage,
  tabIdOf,
  waitForBanner,
  waitForTab,
  watchExtensionWorlds,
  writeSettings,
} from '../support/extension-pages';

/** How many failed parts the banner's cards count in all. */
const partsShown = (banner: BannerView) => banner.cards.reduce((sum, c) => sum + Number(c.attributes['data-part-count'] ?? 0), 0);

const unique = (url: string) => `${url}?run=${Date.now()}${Math.random().toString(36).slice(2, 6)}`;

test.afterEach(async ({ ext }) => resetStorage(ext));

test('the mixed page gets a banner naming every failed part, inside a closed shadow root', async ({ page, ext, harness }) => {
  const url = unique(harness.pages.mixed);
  await page.goto(url);
  const banner = await waitForBanner(page, (b) => partsShown(b) >= 3);
  expect(banner.shadowRootType).toBe('closed');

  // Each host once, with what failed there; the fetch and the iframe came from the same host.
  const lines = banner.cards.flatMap((c) => c.hosts).map((h) => [h['data-host'], h['data-error-codes']]);
  expect(lines.sort()).toEqual(
    [
      [harness.cases.expired!.host, 'net::ERR_CERT_DATE_INVALID'],
      [harness.cases['untrusted-root']!.host, 'net::ERR_CERT_AUTHORITY_INVALID'],
    ].sort(),
  );
  for (const card of banner.cards) {
    expect(card.attributes['data-error-code']).toMatch(/^net::ERR_CERT_/);
    expect(['cert-date', 'cert-untrusted']).toContain(card.attributes['data-kind']);
    expect(card.attributes['data-cause']).toBeTruthy();
    expect(Object.keys(card.buttons).sort()).toEqual(['banner-dismiss', 'banner-open']);
  }
  // One card per cause.
  const causes = banner.cards.map((c) => c.attributes['data-cause']);
  expect(new Set(causes).size).toBe(causes.length);

  // The page sees a host element but cannot open its root.
  expect(await page.evaluate(() => document.querySelector('handshake-doctor-banner')?.shadowRoot ?? null)).toBeNull();
  // The page's own content is untouched.
  await expect(page.locator('h1')).toHaveText('Healthy page with failing sub-resources');
  expect(await badgeText(ext, await tabIdOf(ext, url))).toBe('!');
});

/** A healthy page (the harness's own origin) whose images come from `sources`. */
async function pageWithParts(page: Page, url: string, sources: string[]): Promise<void> {
  await page.route(url, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><title>Parts</title><h1>Page with failing parts</h1>${sources.map((src) => `<img alt="" src="${src}">`).join('')}`,
    }),
  );
  await page.goto(url);
}

test('parts from two hosts, one failing twice: one count, each host once, and the page itself loaded securely', async ({
  page,
  harness,
}) => {
  const a = harness.cases['untrusted-root']!;
  const b = harness.cases['self-signed']!;
  await pageWithParts(page, unique(harness.pages.healthy), [`${a.url}one.png`, `${b.url}two.png`, `${a.url}three.png`]);
  const banner = await waitForBanner(page, (view) => partsShown(view) >= 3);
  const card = banner.cards.find((c) => c.hosts.length > 1);
  expect(card, JSON.stringify(banner.cards.map((c) => c.text))).toBeDefined();
  expect(card!.attributes['data-part-count']).toBe('3');
  expect(card!.hosts.map((h) => h['data-host'])).toEqual([a.host, b.host]);
  // One number on the card (the hosts' names aside), and each host named once.
  let rest = card!.text;
  for (const host of [a.host, b.host]) {
    expect(rest.split(host).length - 1, host).toBe(1);
    rest = rest.replace(host, '');
  }
  expect(rest.match(/\d+/g)).toEqual(['3']);
  // Said once on the banner, about the page: its own document came over https from a server whose parts did not fail.
  expect(banner.cards.filter((c) => c.pageSecure)).toHaveLength(1);
  expect(banner.cards[0]!.pageSecure).toBe(true);
  expect(banner.cards[0]!.text).toContain('This page itself loaded securely.');
});

test('a page over plain http is never said to have loaded securely', async ({ page, harness }) => {
  await pageWithParts(page, unique(`${harness.time.url}parts`), [`${harness.cases['untrusted-root']!.url}one.png`]);
  const banner = await waitForBanner(page, (view) => partsShown(view) >= 1);
  expect(banner.cards.some((c) => c.pageSecure)).toBe(false);
  expect(banner.cards.map((c) => c.text).join(' ')).not.toContain('loaded securely');
});

test('a reload shows the banner again, still one card per cause', async ({ page, harness }) => {
  await page.goto(unique(harness.pages.mixed));
  const first = await waitForBanner(page, (b) => partsShown(b) >= 3);
  await page.reload();
  await page.waitForTimeout(500);
  const again = await waitForBanner(page, (b) => partsShown(b) >= 3);
  expect(again.cards.map((c) => c.attributes['data-cause']).sort()).toEqual(first.cards.map((c) => c.attributes['data-cause']).sort());
});

test('dismissing a card keeps the click from the page, and removes the card', async ({ page, harness }) => {
  await page.goto(unique(harness.pages.mixed));
  const banner = await waitForBanner(page, (b) => partsShown(b) >= 3);
  await page.evaluate(() => {
    (window as unknown as { pageClicks: number }).pageClicks = 0;
    document.addEventListener('click', () => (window as unknown as { pageClicks: number }).pageClicks++);
  });
  const card = banner.cards[0]!;
  await page.mouse.click(card.buttons['banner-dismiss']!.x, card.buttons['banner-dismiss']!.y);
  await expect.poll(async () => (await readBanner(page))?.cards.length ?? 0).toBe(banner.cards.length - 1);
  expect(await page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks)).toBe(0);
});

test('"See what to do" opens the troubleshooter for that incident in a new tab', async ({ page, ext, harness }) => {
  await page.goto(unique(harness.pages.mixed));
  const banner = await waitForBanner(page, (b) => partsShown(b) >= 3);
  const card = banner.cards.find((c) => c.attributes['data-kind'] === 'cert-date') ?? banner.cards[0]!;
  await page.mouse.click(card.buttons['banner-open']!.x, card.buttons['banner-open']!.y);
  const opened = await waitForTab(ext.context, `${troubleshooterPrefix(ext.extensionId)}?incident=`, page);
  const diagnosis = opened.getByTestId('diagnosis');
  await expect(diagnosis).toHaveAttribute('data-kind', card.attributes['data-kind']!);
  await expect(diagnosis).toHaveAttribute('data-error-code', card.attributes['data-error-code']!);
  await expect(opened.getByText(/part of a page/i).first()).toBeVisible();
  expect(page.url()).toContain(harness.pages.mixed);
  await opened.close();
});

test('with the banner switched off nothing is injected, but the badge still tells', async ({ page, ext, harness }) => {
  await writeSettings(ext, { banner: false });
  const watch = await watchExtensionWorlds(page, ext.extensionId);
  const url = unique(harness.pages.mixed);
  await page.goto(url);
  const tabId = await tabIdOf(ext, url);
  await expect.poll(() => badgeText(ext, tabId), { timeout: 15_000 }).toBe('!');
  await page.waitForTimeout(1500);
  expect(await readBanner(page)).toBeUndefined();
  expect(await watch.bannerScriptRan()).toBe(false);
  await watch.stop();
});

test('a healthy page gets no script at all', async ({ page, ext, harness }) => {
  const watch = await watchExtensionWorlds(page, ext.extensionId);
  await page.goto(unique(harness.pages.healthy));
  await page.waitForTimeout(2000);
  expect(watch.live()).toEqual([]);
  expect(await watch.bannerScriptRan()).toBe(false);
  expect(await readBanner(page)).toBeUndefined();
  // Control: the same check sees the banner script on the mixed page…
  await page.goto(unique(harness.pages.mixed));
  await waitForBanner(page, (b) => b.cards.length > 0);
  expect(await watch.bannerScriptRan()).toBe(true);
  // …and not on a healthy page loaded after it in the same tab (where Chromium re-creates an
  // empty world for the extension).
  await page.goto(unique(harness.pages.healthy));
  await page.waitForTimeout(2000);
  expect(await watch.bannerScriptRan()).toBe(false);
  expect(await readBanner(page)).toBeUndefined();
  await watch.stop();
});

test('a page whose CSP forbids inline styles still gets a styled banner', async ({ page, harness }) => {
  const url = `${harness.pages.healthy}?csp=${Date.now()}`;
  await page.route(url, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'Content-Security-Policy': "default-src 'self'; img-src https:; style-src 'self'; script-src 'none'" },
      body: `<!doctype html><title>CSP</title><h1>Strict page</h1><img alt="" src="${harness.cases.expired!.url}img.png">`,
    }),
  );
  await page.goto(url);
  await waitForBanner(page, (b) => b.cards.length > 0);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: { nodeId: number } };
  const host = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'handshake-doctor-banner' })) as { nodeId: number };
  const described = (await cdp.send('DOM.describeNode', { nodeId: host.nodeId, depth: 1, pierce: true })) as {
    node: { shadowRoots?: { backendNodeId: number }[] };
  };
  const shadow = (await cdp.send('DOM.pushNodesByBackendIdsToFrontend', {
    backendNodeIds: [described.node.shadowRoots![0]!.backendNodeId],
  })) as { nodeIds: number[] };
  const stack = (await cdp.send('DOM.querySelector', { nodeId: shadow.nodeIds[0]!, selector: '.stack' })) as { nodeId: number };
  const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: stack.nodeId })) as {
    computedStyle: { name: string; value: string }[];
  };
  const style = Object.fromEntries(computedStyle.map((p) => [p.name, p.value]));
  expect(style.position).toBe('fixed');
  expect(style['z-index']).toBe('2147483647');
  await cdp.detach();
});
