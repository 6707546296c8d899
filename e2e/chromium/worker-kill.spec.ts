// Hardening, the worker killed at every step of the main-frame flow (note the failure, move the tab while
// the incident is stored; then the probes). The test build (dist-test/) has named pause points
// (src/background/test-hooks.ts): the worker stops there, the test kills it (CDP
// ServiceWorker.stopAllWorkers), and the browser wakes it again with the next event: the lagging
// webNavigation report if it is still to come, or, here, another tab closing, after which
// the worker's start-up (resumePendingMoves) must finish the job. Whatever the step: no lost
// incident, no second troubleshooter, the incident in storage and in history exactly once.
import type { Page } from '@playwright/test';
import { stopServiceWorkers } from '../support/chromium';
import { expect, test, visitFailing } from '../support/fixtures';
import { harnessInfo } from '../support/harness-info';
import { allTabs, inHelper, launchFresh, storageSnapshot, troubleshooterUrlPrefix, type FreshExtension } from '../support/fresh-chromium';

declare const chrome: any;

const STEPS = ['before-store', 'after-store', 'before-move', 'after-move', 'during-probe'] as const;

async function pausedAt(ext: FreshExtension): Promise<string | undefined> {
  return inHelper(ext, async () => (await chrome.storage.session.get('__test_paused')).__test_paused, undefined);
}

/** What the extension holds about `url`: troubleshooter tabs, incidents, history entries. */
async function outcome(ext: FreshExtension, url: string, tabId: number) {
  const prefix = troubleshooterUrlPrefix(ext);
  const { session, local } = await storageSnapshot(ext);
  const incidents = Object.entries(session)
    .filter(([k, v]) => k.startsWith('incident:') && (v as { evidence: { failure: { url: string } } }).evidence.failure.url === url)
    .map(([, v]) => v as { id: string; status: string; tabId: number });
  // (The helper page is a troubleshooter page without an incident.)
  const tabs = (await allTabs(ext)).filter((t) => (t.pendingUrl ?? t.url ?? '').startsWith(`${prefix}?incident=`));
  const history = ((local.history as { id: string; evidence: { failure: { url: string } } }[] | undefined) ?? []).filter(
    (h) => h.evidence.failure.url === url,
  );
  const tabState = session[`tab:${tabId}`] as { incidentIds: string[] } | undefined;
  return {
    troubleshooterTabs: tabs.map((t) => ({ id: t.id, incident: new URL(t.pendingUrl ?? t.url!).searchParams.get('incident') })),
    incidents: incidents.map((i) => ({ id: i.id, status: i.status, tabId: i.tabId })),
    historyIds: history.map((h) => h.id),
    tabIncidentIds: tabState?.incidentIds ?? [],
  };
}

async function tabIdShowing(ext: FreshExtension, url: string): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const tab = (await allTabs(ext)).find((t) => t.url === url || t.pendingUrl === url);
    if (tab) return tab.id;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no tab shows ${url}`);
}

for (const step of STEPS) {
  test(`killed at ${step}: one incident, one troubleshooter`, async () => {
    test.setTimeout(90_000);
    const harness = harnessInfo();
    const ext = await launchFresh(harness, { build: 'test' });
    try {
      // A path, not a query: history keeps URLs without their query string.
      const url = `${harness.cases.expired!.url}killed-at-${step}`;
      await inHelper(ext, (s: string) => chrome.storage.session.set({ __test_pause: s }), step);
      const page: Page = await ext.context.newPage();
      await page.goto(`${harness.pages.healthy}?before-${step}`);
      void visitFailing(page, url);
      await expect.poll(() => pausedAt(ext), { timeout: 15_000, message: `the worker reaches ${step}` }).toBe(step);
      // The move starts before the incident is stored: killed before storing, the tab shows a troubleshooter of an unstored incident.
      if (step === 'before-store')
        await expect
          .poll(
            async () =>
              (await allTabs(ext)).some((t) => (t.pendingUrl ?? t.url ?? '').startsWith(`${troubleshooterUrlPrefix(ext)}?incident=`)),
            {
              timeout: 15_000,
              message: 'the tab moves while the store waits',
            },
          )
          .toBe(true);
      const tabId = await tabIdShowing(ext, url).catch(async () => {
        // before-store, after-move: the tab already shows the troubleshooter.
        const tabs = await allTabs(ext);
        return tabs.find((t) => (t.pendingUrl ?? t.url ?? '').startsWith(`${troubleshooterUrlPrefix(ext)}?incident=`))!.id;
      });

      // Kill it there. The restarted worker must not pause again.
      await inHelper(ext, () => chrome.storage.session.remove(['__test_pause', '__test_paused']), undefined);
      await stopServiceWorkers(ext.context);

      // The browser wakes the worker with the next event (healthy page loads no longer do): a tab closing.
      const other = await ext.context.newPage();
      await other.goto(`${harness.pages.healthy}?wake-after-${step}`);
      await other.close();

      await expect
        .poll(async () => (await outcome(ext, url, tabId)).troubleshooterTabs.length, {
          timeout: 20_000,
          message: 'a troubleshooter opens',
        })
        .toBe(1);
      await expect
        .poll(async () => (await outcome(ext, url, tabId)).incidents.map((i) => i.status), { timeout: 15_000 })
        .toEqual(['shown']);
      await expect.poll(async () => (await outcome(ext, url, tabId)).historyIds.length, { timeout: 15_000 }).toBe(1);
      // Give late reports and retries time to do something wrong, then look again.
      await page.waitForTimeout(3_000);
      const final = await outcome(ext, url, tabId);
      const [incident] = final.incidents;
      expect(final.incidents, JSON.stringify(final)).toHaveLength(1);
      expect(final.troubleshooterTabs, JSON.stringify(final)).toEqual([{ id: tabId, incident: incident!.id }]);
      expect(final.tabIncidentIds).toEqual([incident!.id]);
      expect(final.historyIds).toEqual([incident!.id]);
      await expect(page.getByTestId('diagnosis')).toHaveAttribute('data-kind', 'cert-date', { timeout: 15_000 });
      // Whatever step it was stopped at, the restarted worker completes the evidence: for
      // during-probe that means running the interrupted re-probe again (resume-evidence.ts).
      const reprobe = async () => {
        const { session } = await storageSnapshot(ext);
        return (session[`incident:${incident!.id}`] as { evidence: { reprobe?: { status: string; kind?: string } } }).evidence.reprobe;
      };
      await expect.poll(reprobe, { timeout: 15_000, message: 'the re-probe is recorded' }).toEqual({
        status: 'failed',
        errorCode: 'net::ERR_CERT_DATE_INVALID',
        kind: 'cert-date',
      });
      console.log(`${step}: ${JSON.stringify(final)}`);
    } finally {
      await ext.close();
    }
  });
}
