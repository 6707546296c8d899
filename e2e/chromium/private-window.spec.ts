// Private windows leave nothing: with the extension allowed in incognito, a failure in a private
// window shows the troubleshooter there, and afterwards nothing of it is in the history, the
// recent failures, a later normal incident's evidence or its copyable report; the background never
// probed it from the normal profile, and closing the private window drops the incident itself.
import type { Worker } from '@playwright/test';
import { expectTroubleshooter, visitFailing } from '../support/fixtures';
import { expect, shownIncident, test } from '../support/evidence-browser';

/** The extension APIs as code passed to `evaluate` sees them (no @types/chrome here). */
declare const chrome: any;

/**
 * Allows the extension in incognito the way its details page does (chrome://extensions is the
 * page allowed to call developerPrivate). Chromium reloads the extension: the worker is a new one.
 */
async function allowInIncognito(ext: { context: import('@playwright/test').BrowserContext; worker: Worker; extensionId: string }) {
  const old = ext.worker;
  const page = await ext.context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(
    (extensionId) => chrome.developerPrivate.updateExtensionConfiguration({ extensionId, incognitoAccess: true }),
    ext.extensionId,
  );
  await page.close();
  await expect
    .poll(
      async () => {
        for (const w of ext.context.serviceWorkers()) {
          if (w === old || !w.url().startsWith(`chrome-extension://${ext.extensionId}/`)) continue;
          if (
            await w.evaluate(() => (globalThis as { __handshakeDoctorReady?: boolean }).__handshakeDoctorReady === true).catch(() => false)
          )
            return true;
        }
        return false;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  const worker = ext.context.serviceWorkers().find((w) => w !== old && w.url().startsWith(`chrome-extension://${ext.extensionId}/`))!;
  expect(await worker.evaluate(() => chrome.extension.isAllowedIncognitoAccess())).toBe(true);
  return worker;
}

/** Every request the extension itself makes from now on (tabId -1: re-probes, other-site probes, time checks). */
async function recordOwnRequests(worker: Worker): Promise<() => Promise<string[]>> {
  await worker.evaluate(() => {
    const seen: string[] = [];
    (globalThis as { __hdPrivateSpecRequests?: string[] }).__hdPrivateSpecRequests = seen;
    chrome.webRequest.onBeforeRequest.addListener(
      (d: { tabId: number; url: string }) => {
        if (d.tabId === -1) seen.push(d.url);
        return undefined;
      },
      { urls: ['<all_urls>'] },
    );
  });
  return () => worker.evaluate(() => [...((globalThis as { __hdPrivateSpecRequests?: string[] }).__hdPrivateSpecRequests ?? [])]);
}

test('a failure in a private window leaves no trace in history, recent failures, later evidence or reports', async ({
  page,
  ext,
  harness,
}) => {
  const worker = await allowInIncognito(ext);
  const ownRequests = await recordOwnRequests(worker);
  const privateCase = harness.cases['expired']!;

  const { windowId, tabId } = await worker.evaluate(async (url) => {
    const w = await chrome.windows.create({ incognito: true, url });
    return { windowId: w.id as number, tabId: w.tabs[0].id as number };
  }, privateCase.url);

  // The troubleshooter appears in the private tab, for a private incident.
  await expect
    .poll(async () => worker.evaluate(async (id) => (await chrome.tabs.get(id)).url as string, tabId), { timeout: 20_000 })
    .toMatch(new RegExp(`^chrome-extension://${ext.extensionId}/.*troubleshoot`));
  const incidents = async () =>
    Object.entries(await worker.evaluate(() => chrome.storage.session.get(null)))
      .filter(([key]) => key.startsWith('incident:'))
      .map(([, value]) => value as { tabId: number; incognito: boolean; evidence: { failure: { host: string } } });
  const [privateIncident] = await incidents();
  expect(privateIncident).toMatchObject({ tabId, incognito: true, evidence: { failure: { host: privateCase.host } } });

  // Give any background gathering time to run (a normal incident's re-probe starts at once).
  await new Promise((r) => setTimeout(r, 3000));
  expect((await ownRequests()).filter((u) => u.includes(privateCase.host))).toEqual([]);
  const stored = await worker.evaluate(() =>
    Promise.all([chrome.storage.local.get('history'), chrome.storage.session.get('recent-failures')]),
  );
  expect(stored[0].history ?? []).toEqual([]);
  expect(stored[1]['recent-failures'] ?? []).toEqual([]);

  // The checks run when the person asks (here from the same troubleshooter opened in a normal tab).
  const troubleshooterUrl = await worker.evaluate(async (id) => (await chrome.tabs.get(id)).url as string, tabId);
  const asking = await ext.context.newPage();
  await asking.goto(troubleshooterUrl);
  await expect(asking.getByTestId('private-checks')).toContainText('outside the private window');
  await asking.getByTestId('private-checks-run').click();
  await expect(asking.getByTestId('private-checks-status')).toHaveAttribute('data-phase', 'done', { timeout: 20_000 });
  expect((await ownRequests()).filter((u) => u.includes(privateCase.host)).length).toBeGreaterThan(0);
  await asking.close();
  expect((await worker.evaluate(() => chrome.storage.session.get('recent-failures')))['recent-failures'] ?? []).toEqual([]);

  // Closing the private window drops the incident.
  await worker.evaluate((id) => chrome.windows.remove(id), windowId);
  await expect.poll(async () => (await incidents()).filter((i) => i.incognito).length, { timeout: 10_000 }).toBe(0);

  // A later normal failure: its evidence and report carry nothing of the private one.
  await visitFailing(page, harness.interception[0]!.url);
  await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
  await expect(page.getByTestId('private-checks')).toHaveCount(0);
  const normal = await shownIncident(page);
  expect(JSON.stringify(normal.evidence)).not.toContain(privateCase.host);
  await expect(page.getByTestId('report-text')).not.toContainText(privateCase.host);
  const history = (await worker.evaluate(() => chrome.storage.local.get('history'))).history ?? [];
  expect(JSON.stringify(history)).not.toContain(privateCase.host);
});
