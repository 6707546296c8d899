// Proxy evidence, end to end: a second extension (e2e/fixtures/proxy-extension) takes control of
// the proxy settings, and the troubleshooter says so; naming it needs the optional `management`
// permission, whose prompt headless Chromium cannot click, so naming is tested with the test build
// (dist-test/, where the manifest holds `management` up front; README "Test builds").
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectTroubleshooter, visitFailing } from '../support/fixtures';
import {
  evidenceLines,
  expect,
  expectOnlyLocalTraffic,
  launchForEvidence,
  PROXY_EXTENSION,
  shownIncident,
  test,
  type EvidenceBrowser,
} from '../support/evidence-browser';
import { TMP } from '../support/paths';

const CONTROLLED = 'Another extension controls your proxy settings';

/** Waits until the fixture extension's proxy setting is in force, as Handshake Doctor sees it. */
async function proxyTakenOver(ext: EvidenceBrowser): Promise<void> {
  await expect
    .poll(() => ext.worker.evaluate(async () => (await chrome.proxy.settings.get({})).levelOfControl), { timeout: 10_000 })
    .toBe('controlled_by_other_extensions');
}

/** A copy of the fixture under another name: a second extension holding the `proxy` permission. */
function secondProxyExtension(name: string): string {
  const dir = mkdtempSync(join(TMP, 'proxy-extension-'));
  cpSync(PROXY_EXTENSION, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { name: string };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, name }));
  return dir;
}

test.describe('another extension controls the proxy (shipped build)', () => {
  test.use({ launch: { proxyExtension: true } });

  test('the evidence says so and offers to name it; without the permission nothing is named', async ({ page, ext, harness }) => {
    await proxyTakenOver(ext);
    await visitFailing(page, harness.cases['untrusted-root']!.url);
    const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
    await expect(evidenceLines(page).filter({ hasText: CONTROLLED })).toHaveCount(1, { timeout: 15_000 });
    await expect(diagnosis).toHaveAttribute('data-cause', 'interception');
    await expect(diagnosis).not.toHaveAttribute('data-product');
    await expect(page.getByTestId('name-proxy-extension-button')).toBeVisible();
    const { id, evidence } = await shownIncident(page);
    expect(evidence.proxy).toEqual({ levelOfControl: 'controlled_by_other_extensions', mode: 'fixed_servers' });

    // The background refuses to look extensions up without the permission.
    const answer = await page.evaluate((incidentId) => chrome.runtime.sendMessage({ type: 'name-proxy-extension', incidentId }), id);
    expect(answer).toMatchObject({ ok: false });
    expect((await shownIncident(page)).evidence.proxy).toEqual({ levelOfControl: 'controlled_by_other_extensions', mode: 'fixed_servers' });
    await expectOnlyLocalTraffic(ext.worker);
  });
});

test.describe('no other extension', () => {
  test('the proxy state is recorded, with no proxy line and no button', async ({ page, ext, harness }) => {
    await visitFailing(page, harness.cases['untrusted-root']!.url);
    await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
    await expect
      .poll(async () => (await shownIncident(page)).evidence.proxy, { timeout: 10_000 })
      .toEqual({
        levelOfControl: 'controllable_by_this_extension',
        mode: 'system',
      });
    await expect(evidenceLines(page).filter({ hasText: /proxy/i })).toHaveCount(0);
    await expect(page.getByTestId('name-proxy-extension')).toHaveCount(0);
  });
});

test.describe('naming the extension (test build: management granted up front)', () => {
  test.use({ launch: { build: 'test', proxyExtension: true } });

  test('the evidence and the checklist name it', async ({ page, ext, harness }) => {
    await proxyTakenOver(ext);
    await visitFailing(page, harness.cases['untrusted-root']!.url);
    const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
    await expect(evidenceLines(page).filter({ hasText: 'Your proxy is set by the extension HD Test Proxy' })).toHaveCount(1, {
      timeout: 15_000,
    });
    await expect(diagnosis).toHaveAttribute('data-cause', 'interception');
    // The diagnosis names it: data-product, the verdict, and the proxy step first.
    await expect(diagnosis).toHaveAttribute('data-product', 'HD Test Proxy');
    await expect(diagnosis.locator('.verdict')).toContainText('The extension “HD Test Proxy” controls your browser');
    await expect(page.locator('[data-step]').first()).toHaveAttribute('data-step', 'proxy');
    // So does the popup for that tab.
    const url = page.url();
    const tabId = (await ext.worker.evaluate(
      async (u) => ((await chrome.tabs.query({})) as { id: number; url?: string }[]).find((t) => t.url === u)?.id,
      url,
    )) as number;
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html?tab=${tabId}`);
    await expect(popup.getByTestId('diagnosis')).toHaveAttribute('data-product', 'HD Test Proxy');
    await popup.close();
    // The checklist's extension and proxy steps start from it.
    await expect(page.locator('[data-step="extensions"]')).toContainText('Start with “HD Test Proxy”');
    await expect(page.locator('[data-step="proxy"]')).toContainText('The extension “HD Test Proxy” controls this browser’s proxy settings');
    await expect(page.getByTestId('name-proxy-extension')).toHaveCount(0);
    const proxy = (await shownIncident(page)).evidence.proxy as { controllingExtension?: { id: string; name: string } };
    expect(proxy.controllingExtension?.name).toBe('HD Test Proxy');
    expect(proxy.controllingExtension?.id).toMatch(/^[a-p]{32}$/);
  });
});

test('naming with two candidate extensions (test build): both are listed, neither is named as the one', async ({ harness }) => {
  // Launched here rather than through the `launch` option: the second extension is a copy made on demand.
  const ext = await launchForEvidence(harness, {
    build: 'test',
    proxyExtension: true,
    extraExtensions: [secondProxyExtension('HD Test Proxy Two')],
  });
  try {
    const page = await ext.context.newPage();
    await proxyTakenOver(ext);
    await visitFailing(page, harness.cases['untrusted-root']!.url);
    await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
    await expect(
      evidenceLines(page).filter({ hasText: 'Your proxy is set by one of these extensions: HD Test Proxy, HD Test Proxy Two' }),
    ).toHaveCount(1, { timeout: 15_000 });
    await expect(page.locator('[data-step="extensions"]')).not.toContainText('Start with');
  } finally {
    await ext.context.close();
  }
});

test('a hostile extension name (test build) is shown as plain text, cleaned of bidi controls', async ({ harness }) => {
  const hostile = '\u202E<img src=x onerror="document.title=1">Proxy';
  const ext = await launchForEvidence(harness, { build: 'test', extraExtensions: [secondProxyExtension(hostile)] });
  try {
    const page = await ext.context.newPage();
    await proxyTakenOver(ext);
    await visitFailing(page, harness.cases['untrusted-root']!.url);
    const diagnosis = await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
    const shown = '<img src=x onerror="document.title=1">Proxy';
    await expect(diagnosis).toHaveAttribute('data-product', shown, { timeout: 15_000 });
    await expect(diagnosis.locator('.verdict')).toContainText(`“${shown}”`);
    await expect(page.locator('img')).toHaveCount(0);
    expect(await page.title()).not.toBe('1');
    const proxy = (await shownIncident(page)).evidence.proxy as { controllingExtension?: { name: string } };
    expect(proxy.controllingExtension?.name).toBe(shown);
  } finally {
    await ext.context.close();
  }
});

declare const chrome: any;
