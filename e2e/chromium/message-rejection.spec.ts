// Hardening, messages: 10,000 malformed or hostile messages from a content script (injected into a
// harness page, so the sender is a content script of this extension, as the banner is) and from an
// extension page (the options page). Each is refused with a reason ({ok: false, error}); the worker
// neither crashes nor logs an error; storage and tabs are exactly as before; Object.prototype is
// untouched; and afterwards a fault case still opens the troubleshooter.
import { test, expect } from '@playwright/test';
import { liveWorker } from '../support/chromium';
import { expectTroubleshooter, visitFailing } from '../support/fixtures';
import { harnessInfo } from '../support/harness-info';
import { allTabs, inContentScript, launchFresh, storageSnapshot, tabIdOfPage, type FreshExtension } from '../support/fresh-chromium';
import { catalogueTypes, fuzzMessages, MESSAGE_HOSTILE_STRINGS, type FuzzOptions, type FuzzReport } from '../support/message-fuzz';

/** Per sender; two senders make the 10,000. HD_FUZZ_COUNT raises it for a longer local run. */
const COUNT = Number(process.env.HD_FUZZ_COUNT ?? 5_000);
const SEED = Number(process.env.HD_FUZZ_SEED ?? 7_2026);

function expectAllRefused(report: FuzzReport, count: number) {
  expect(report.odd, 'answers that were not a refusal with a reason').toEqual([]);
  expect(report.accepted, 'hostile messages the background accepted').toEqual([]);
  expect(report.sent).toBe(count);
  expect(report.rejected).toBe(count);
}

test('10,000 hostile messages from a content script and an extension page: all refused, nothing changes', async () => {
  test.setTimeout(240_000);
  const harness = harnessInfo();
  const ext: FreshExtension = await launchFresh(harness);
  try {
    const { context } = ext;
    // A real incident in another tab: ids a content script elsewhere must not be able to use.
    const victim = await context.newPage();
    await visitFailing(victim, harness.cases.expired!.url);
    await expectTroubleshooter(victim, ext.extensionId, 'cert-date');
    const realIds = [new URL(victim.url()).searchParams.get('incident')!];

    // The content script's page: a healthy harness page, with no incident of its own.
    const site = await context.newPage();
    await site.goto(`${harness.pages.healthy}?fuzz`);
    const siteTab = await tabIdOfPage(ext, site);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
    await expect(options.getByRole('heading', { level: 1 })).toBeVisible();

    // Let the victim's evidence arrive (probes write into its incident) and every other write
    // settle (clock samples), then take the "before" picture: unchanged for 1.5 s.
    await expect
      .poll(
        async () => {
          const evidence = ((await storageSnapshot(ext)).session[`incident:${realIds[0]}`] as { evidence: Record<string, unknown> })
            .evidence;
          return ['reprobe', 'otherSiteProbe', 'proxy'].every((k) => k in evidence);
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    let before = await storageSnapshot(ext);
    for (let stable = 0, i = 0; stable < 3 && i < 40; i++) {
      await new Promise((r) => setTimeout(r, 500));
      const again = await storageSnapshot(ext);
      stable = JSON.stringify(again) === JSON.stringify(before) ? stable + 1 : 0;
      before = again;
    }
    const tabsBefore = (await allTabs(ext)).map((t) => `${t.id} ${t.url}`).sort();
    const worker = await liveWorker(context, ext.extensionId);
    await worker.evaluate(() => ((globalThis as { __hdFuzzMarker?: number }).__hdFuzzMarker = 1));
    const consoleFrom = ext.workerConsole.length;

    const base: Omit<FuzzOptions, 'sender'> = {
      seed: SEED,
      count: COUNT,
      batch: 50,
      foreignIds: realIds,
      realIds,
      huge: 12,
      types: catalogueTypes(),
      hostile: MESSAGE_HOSTILE_STRINGS,
    };
    // The content script cannot even read session storage (incidents live there).
    const sessionFromContent = await inContentScript(
      worker,
      siteTab,
      async () => {
        try {
          await (globalThis as any).chrome.storage.session.get(null);
          return 'readable';
        } catch (error) {
          return String(error);
        }
      },
      undefined,
    );
    expect(sessionFromContent).not.toBe('readable');

    const fromContent = await inContentScript(worker, siteTab, fuzzMessages, { ...base, sender: 'content' as const });
    console.log(`content script: ${fromContent.sent} messages in ${fromContent.ms} ms`, fromContent.categories, fromContent.reasons);
    expectAllRefused(fromContent, COUNT);
    expect(Object.keys(fromContent.reasons)).toContain('unknown incident'); // other tabs' real ids were tried

    const fromPage = await options.evaluate(fuzzMessages, { ...base, seed: SEED + 1, sender: 'page' as const });
    console.log(`extension page: ${fromPage.sent} messages in ${fromPage.ms} ms`, fromPage.categories, fromPage.reasons);
    expectAllRefused(fromPage, COUNT);

    // No crash: the same worker instance answers; nothing was logged as an error or warning.
    expect(await worker.evaluate(() => (globalThis as { __hdFuzzMarker?: number }).__hdFuzzMarker)).toBe(1);
    expect(ext.workerConsole.slice(consoleFrom).filter((l) => l.type === 'error' || l.type === 'warning')).toEqual([]);
    // No prototype pollution in the worker, the options page or the content script's world.
    const polluted = () => ({
      polluted: ({} as Record<string, unknown>).polluted,
      keys: Object.getOwnPropertyNames(Object.prototype).length,
    });
    const clean = await options.evaluate(() => Object.getOwnPropertyNames(Object.prototype).length);
    expect(await worker.evaluate(polluted)).toEqual({ polluted: undefined, keys: clean });
    expect(await options.evaluate(polluted)).toEqual({ polluted: undefined, keys: clean });
    expect(await inContentScript(worker, siteTab, polluted, undefined)).toEqual({ polluted: undefined, keys: clean });

    // State unchanged: storage, tabs (no troubleshooter opened by a forged banner-open).
    expect(await storageSnapshot(ext)).toEqual(before);
    expect((await allTabs(ext)).map((t) => `${t.id} ${t.url}`).sort()).toEqual(tabsBefore);

    // Still works: a fault case opens the troubleshooter.
    const after = await context.newPage();
    await visitFailing(after, harness.cases['self-signed']!.url);
    await expectTroubleshooter(after, ext.extensionId, 'cert-untrusted');
  } finally {
    await ext.close();
  }
});
