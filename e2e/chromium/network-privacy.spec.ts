// Hardening, privacy: nothing leaves the machine. Chromium records every request and DNS lookup
// in its net log (--log-net-log); a representative run drives every fault case, the mixed page
// with failing sub-resources, the clock check, the other-site probe, the captive-portal check and
// re-probe (on), the www. form of a mismatched name (on, then off), "Did this fix it?", the popup
// and the options page; then the log, read after the browser closed, must
// name no destination but the harness (*.hd.test), 127.0.0.1 and localhost, and the extension's
// probes of failing sites must ask their origins only. Internal URLs
// (chrome-extension:, data:, chrome:) are ignored; the default public probe list is not. Chromium's
// own background services (sign-in, update and connectivity checks; net-log.ts lists them) are
// allowed only for requests the extension did not start; the resolver rules answer them ~NOTFOUND.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PROBE_URLS, DEFAULT_TLS12_CHECK_URL } from '../../src/core/settings';
import { EXPECTED_KIND } from '../support/expected-kinds';
import { expect, expectTroubleshooter, test, visitFailing } from '../support/fixtures';
import { harnessInfo } from '../support/harness-info';
import { inHelper, launchFresh, tabIdOfPage } from '../support/fresh-chromium';
import { settingsEnvelope } from '../support/local-settings';
import { offMachine, readNetLog } from '../support/net-log';
import { TMP } from '../support/paths';

/** The extension APIs as code passed to `evaluate` sees them (no @types/chrome here). */
declare const chrome: any;

test('the net-log reader sees a public destination (control)', () => {
  const dir = mkdtempSync(join(TMP, 'netlog-control-'));
  const file = join(dir, 'control.json');
  const types = { URL_REQUEST_START_JOB: 1, HTTP_STREAM_JOB: 2, TCP_CONNECT: 3, UDP_CONNECT: 4 };
  const ext = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
  const events = [
    { type: 1, params: { url: `${ext}/src/troubleshoot/index.html`, initiator: 'not an origin' } },
    { type: 1, params: { url: 'https://expired.hd.test:1234/', initiator: ext } },
    { type: 1, params: { url: DEFAULT_PROBE_URLS[0], initiator: ext } },
    { type: 1, params: { url: 'https://accounts.google.com/ListAccounts', initiator: 'not an origin' } },
    { type: 1, params: { url: 'https://accounts.google.com/ListAccounts', initiator: ext } },
    { type: 2, params: { destination: 'https://www.mozilla.org' } },
    { type: 3, params: { address_list: ['93.184.216.34:443', '127.0.0.1:8443'] } },
    { type: 4, params: { address: '[2001:4860:4860::8888]:443' } },
  ];
  // Cut short, as a killed browser leaves it.
  writeFileSync(
    file,
    `{"constants": {"logEventTypes": ${JSON.stringify(types)}}, "events": [${events.map((e) => JSON.stringify(e)).join(',\n')},\n`,
  );
  expect(offMachine(readNetLog(file), ext).sort()).toEqual(
    [
      `request ${DEFAULT_PROBE_URLS[0]} (initiator ${ext})`,
      `request https://accounts.google.com/ListAccounts (initiator ${ext})`,
      'host www.mozilla.org',
      'connect 93.184.216.34',
    ].sort(),
  );
});

test('a representative run contacts nothing but the harness', async () => {
  test.setTimeout(240_000);
  const harness = harnessInfo();
  const logFile = join(mkdtempSync(join(TMP, 'netlog-')), 'net-log.json');
  const ext = await launchFresh(harness, { args: [`--log-net-log=${logFile}`, '--net-log-capture-mode=Default'] });
  let closed = false;
  try {
    const { context, extensionId } = ext;
    const page = await context.newPage();
    // A healthy page first: nothing is asked before a failure (the captive-portal check waits for one).
    await page.goto(harness.pages.healthy);
    await page.waitForTimeout(1_000);
    // Every fault case (re-probe, other-site probe and, for the date errors, the clock check run for each).
    for (const [name, kind] of Object.entries(EXPECTED_KIND)) {
      await visitFailing(page, harness.cases[name]!.url);
      await expectTroubleshooter(page, extensionId, kind);
    }
    // One interception host, and a connection refused (left to the browser).
    await visitFailing(page, harness.interception[0]!.url);
    await expectTroubleshooter(page, extensionId, 'cert-untrusted');
    await visitFailing(page, harness.cases.refused!.url);
    // A name mismatch whose www. form works: that form's origin is asked once the failure is in.
    await visitFailing(page, `${harness.alternative.alt}private/path?token=netlog`);
    await expectTroubleshooter(page, extensionId, 'cert-name');
    await expect(page.getByTestId('alternative-host')).toBeVisible({ timeout: 20_000 });
    // "Did this fix it?" probes from the background.
    await visitFailing(page, harness.cases.expired!.url);
    await expectTroubleshooter(page, extensionId, 'cert-date');
    await page.getByTestId('verify-fix').click();
    await expect(page.getByTestId('verify-result')).toHaveAttribute('data-outcome', /.+/, { timeout: 20_000 });
    // The mixed page: failing image, fetch and frame, the banner.
    const mixed = await context.newPage();
    await mixed.goto(harness.pages.mixed);
    await expect(mixed.locator('#status-iframe')).not.toHaveAttribute('data-state', 'pending', { timeout: 15_000 });
    // The popup about that tab, and the options page.
    const tabId = await tabIdOfPage(ext, mixed);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
    await expect(popup.getByTestId('diagnosis')).toBeVisible();
    await popup.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await expect(popup.getByRole('heading', { level: 1 })).toBeVisible();
    // With the re-probe off, a name mismatch's www. form is not asked at all (checked below).
    await inHelper(ext, (s) => chrome.storage.local.set({ settings: s }), settingsEnvelope({ ...ext.baseSettings, reprobe: false }));
    await visitFailing(page, `${harness.alternative.noAlt}off`);
    await expectTroubleshooter(page, extensionId, 'cert-name');
    // Let the last probes (5 s time-source timeouts, 8 s probe timeouts) finish.
    await page.waitForTimeout(9_000);
    await ext.close();
    closed = true;

    const destinations = readNetLog(logFile);
    const origin = `chrome-extension://${extensionId}`;
    const own = destinations.requests.filter((r) => r.initiator === origin && /^https?:/.test(r.url));
    console.log(
      `net log: ${destinations.events} events, ${destinations.requests.length} requests (${own.length} by the extension), ${destinations.hosts.size} hosts`,
    );
    // The log did record the run: the extension's re-probes, other-site probe and time sources are in it.
    const ownHosts = new Set(own.map((r) => new URL(r.url).hostname));
    for (const expected of ['expired.hd.test', 'healthy.hd.test', 'time-a.test', 'time-b.test', 'icpt-1.hd.test', 'portal.hd.test'])
      expect([...ownHosts]).toContain(expected);
    // The TLS 1.2 check host (its real name, which the resolver rules send to the harness): asked
    // by the extension at exactly the configured URL, and only after a version or cipher failure.
    const check = new URL(DEFAULT_TLS12_CHECK_URL);
    const isCheck = (url: string) => URL.canParse(url) && new URL(url).hostname === check.hostname;
    const checks = destinations.requests.filter((r) => isCheck(r.url));
    expect(checks.length).toBeGreaterThan(0);
    // (Some of the log's events for a request carry its URL without the initiator.)
    for (const r of checks) expect([r.url, [origin, ''].includes(r.initiator)]).toEqual([check.href, true]);
    expect(checks.some((r) => r.initiator === origin)).toBe(true);
    const mismatchHosts = Object.keys(EXPECTED_KIND)
      .filter((name) => EXPECTED_KIND[name] === 'protocol-mismatch')
      .map((name) => harness.cases[name]!.host);
    const firstMismatch = destinations.requests.findIndex((r) => URL.canParse(r.url) && mismatchHosts.includes(new URL(r.url).hostname));
    expect(firstMismatch).toBeGreaterThan(-1);
    expect(destinations.requests.findIndex((r) => isCheck(r.url))).toBeGreaterThan(firstMismatch);
    const withoutCheck = { ...destinations, requests: destinations.requests.filter((r) => !isCheck(r.url)) };
    withoutCheck.hosts = new Set([...destinations.hosts].filter((h) => h !== check.hostname));
    // The re-probes and "Did this fix it?" asked failing sites at their origin only, never a failed
    // URL's path or query (the mixed page's image, fetch and frame have paths). The configured
    // probe list (healthy.hd.test) and the time sources are asked as configured.
    const configured = new Set(['healthy.hd.test', 'time.hd.test', 'time-b.hd.test', check.hostname, 'portal.hd.test']);
    // The captive-portal check asked its configured URL, nothing else on that host (no redirect
    // followed), and only after the first failure.
    expect(new Set(own.filter((r) => new URL(r.url).hostname === 'portal.hd.test').map((r) => r.url))).toEqual(
      new Set(['http://portal.hd.test/generate_204']),
    );
    const firstFailure = destinations.requests.findIndex((r) => r.url.startsWith(harness.cases[Object.keys(EXPECTED_KIND)[0]!]!.url));
    const firstCheck = destinations.requests.findIndex((r) => r.initiator === origin && r.url === 'http://portal.hd.test/generate_204');
    expect(firstFailure).toBeGreaterThanOrEqual(0);
    expect(firstCheck).toBeGreaterThan(firstFailure);
    const replayed = own.map((r) => new URL(r.url)).filter((u) => !configured.has(u.hostname) && (u.pathname !== '/' || u.search !== ''));
    expect(replayed.map((u) => u.href)).toEqual([]);
    // The www. form of a name is asked only after that name failed with a mismatch (wrong-host,
    // alt; origin only, as above), and not at all with the re-probe off (noalt).
    const otherForms = own.filter((r) => new URL(r.url).hostname.startsWith('www.'));
    expect(new Set(otherForms.map((r) => new URL(r.url).hostname))).toEqual(new Set(['www.wrong-host.hd.test', 'www.alt.hd.test']));
    for (const asked of otherForms) {
      const bare = new URL(asked.url).hostname.slice('www.'.length);
      const failedAt = destinations.requests.findIndex((r) => r.initiator !== origin && r.url.startsWith(`https://${bare}:`));
      expect(failedAt, bare).toBeGreaterThanOrEqual(0);
      expect(destinations.requests.indexOf(asked), asked.url).toBeGreaterThan(failedAt);
    }
    expect([...destinations.hosts]).not.toContain('www.noalt.hd.test');
    expect(destinations.requests.filter((r) => r.url.includes('www.noalt.hd.test'))).toEqual([]);
    // Nothing else: no request, stream, socket or lookup off the machine (beyond the browser's own services).
    // (The check host is left out here: its requests are checked above, and every connection must still be to 127.*.)
    expect(offMachine(withoutCheck, origin)).toEqual([]);
    // And the default probe list was never so much as named.
    const everything = JSON.stringify([...destinations.requests.map((r) => r.url), ...destinations.hosts]);
    for (const url of DEFAULT_PROBE_URLS) expect(everything).not.toContain(new URL(url).hostname);
  } finally {
    if (!closed) await ext.close();
  }
});
