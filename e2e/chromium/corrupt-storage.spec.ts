// Hardening, corrupt storage: every key the extension stores (storage.local: the settings envelope,
// history; storage.session: tab:*, incident:*, progress:*, recent-failures, clock-skew,
// evidence-rounds) replaced by junk, partial or oversized values. After a worker restart the
// extension starts, repairs settings to their defaults, keeps every valid record (3 valid history
// entries beside 2 corrupt ones: the 3 survive), logs what it dropped, and a fault case still
// opens the troubleshooter.
import {
  CLOCK_SKEW_KEY,
  EVIDENCE_ROUNDS_KEY,
  HISTORY_KEY,
  incidentKey,
  progressKey,
  RECENT_FAILURES_KEY,
  SETTINGS_KEY,
  tabKey,
} from '../../src/core/storage-keys';
import { stopServiceWorkers } from '../support/chromium';
import { expect, expectTroubleshooter, test, troubleshooterPrefix, visitFailing } from '../support/fixtures';
import { harnessInfo } from '../support/harness-info';
import { inHelper, launchFresh, storageSnapshot, tabIdOfPage, type FreshExtension } from '../support/fresh-chromium';
import { localSettings, settingsEnvelope } from '../support/local-settings';

declare const chrome: any;

const MB = 'z'.repeat(1024 * 1024);

type HistoryEntry = { id: string; evidence: { failure: { url: string } } };

async function putStorage(ext: FreshExtension, local: Record<string, unknown>, session: Record<string, unknown>) {
  await inHelper(
    ext,
    async ({ local, session }) => {
      await chrome.storage.local.set(local);
      await chrome.storage.session.set(session);
    },
    { local, session },
  );
}

/** Waits until the worker's console has a line matching each pattern; returns the lines. */
async function expectLogged(ext: FreshExtension, patterns: RegExp[]) {
  for (const pattern of patterns) {
    await expect
      .poll(() => ext.workerConsole.some((l) => pattern.test(l.text)), { timeout: 15_000, message: `the worker logs ${pattern}` })
      .toBe(true);
  }
}

/** A real incident to corrupt copies of: a fault case visited before the corruption. */
async function recordOne(ext: FreshExtension, url: string) {
  const page = await ext.context.newPage();
  await visitFailing(page, url);
  await expectTroubleshooter(page, ext.extensionId, 'cert-date');
  const id = new URL(page.url()).searchParams.get('incident')!;
  const tabId = await tabIdOfPage(ext, page);
  await expect
    .poll(async () => ((await storageSnapshot(ext)).local[HISTORY_KEY] as unknown[] | undefined)?.length ?? 0, { timeout: 10_000 })
    .toBe(1);
  const { local, session } = await storageSnapshot(ext);
  return {
    page,
    id,
    tabId,
    incident: session[incidentKey(id)] as Record<string, unknown>,
    history: (local[HISTORY_KEY] as HistoryEntry[])[0]!,
  };
}

test('partial and corrupt records: each dropped on its own and logged, every valid one kept', async () => {
  test.setTimeout(120_000);
  const harness = harnessInfo();
  const ext = await launchFresh(harness);
  try {
    const first = await recordOne(ext, `${harness.cases.expired!.url}first`);
    const valid = [1, 2, 3].map((n) => ({
      ...first.history,
      id: `valid-history-${n}`,
      evidence: { ...first.history.evidence, failure: { ...first.history.evidence.failure, url: `https://kept-${n}.hd.test/` } },
    }));
    const keptIncident = { ...first.incident, id: 'kept-incident-1', tabId: 999_990 };
    const now = Date.now();
    const settings = {
      ...localSettings(harness),
      onPageFailure: 42,
      banner: 'yes',
      historyLimit: -5,
      neverIntervene: Array.from({ length: 600 }, (_, i) => `h${i}.hd.test`), // over the 500 cap
      reprobe: { __proto__: true },
      otherSiteProbe: true,
    };
    await putStorage(
      ext,
      {
        [SETTINGS_KEY]: settingsEnvelope(settings as never),
        [HISTORY_KEY]: [valid[0], { ...valid[0], id: 'corrupt-history', cause: '<script>' }, valid[1], MB, valid[2]],
      },
      {
        [tabKey(first.tabId)]: 'junk',
        [tabKey(999_999)]: { incidentIds: 'not-a-list', nav: { url: 42 } },
        [incidentKey(first.id)]: { ...first.incident, evidence: { failure: { url: MB } } },
        [incidentKey(keptIncident.id)]: keptIncident,
        [progressKey(keptIncident.id)]: Array.from({ length: 1_000 }, (_, i) => `step-${i}`),
        [RECENT_FAILURES_KEY]: [
          { host: 'recent.hd.test', kind: 'cert-date', errorCode: 'net::ERR_CERT_DATE_INVALID', time: now - 1_000 },
          'junk',
          { host: 1 },
          null,
        ],
        [CLOCK_SKEW_KEY]: { version: 2, samples: [{ host: '<b>', skewMs: 'far' }] },
        [EVIDENCE_ROUNDS_KEY]: { otherSites: { at: 'yesterday', results: MB } },
      },
    );
    await stopServiceWorkers(ext.context);

    // A fault case wakes the worker: the troubleshooter still opens.
    const page = await ext.context.newPage();
    await visitFailing(page, `${harness.cases['self-signed']!.url}after-corruption`);
    await expectTroubleshooter(page, ext.extensionId, 'cert-untrusted');
    const newId = new URL(page.url()).searchParams.get('incident')!;

    // Settings: each bad field repaired to its default (and said so); the valid ones kept.
    await expectLogged(ext, [
      /settings repaired to defaults: .*onPageFailure/,
      /settings repaired to defaults: .*banner.*historyLimit|settings repaired to defaults: .*historyLimit/,
      /settings repaired to defaults: .*neverIntervene/,
      /settings repaired to defaults: .*reprobe/,
      new RegExp(`dropped corrupt ${tabKey(first.tabId)}`),
      new RegExp(`dropped corrupt ${tabKey(999_999)}`),
      new RegExp(`dropped corrupt ${CLOCK_SKEW_KEY}`),
      new RegExp(`dropped 3 corrupt or excess ${RECENT_FAILURES_KEY} record`),
      new RegExp(`dropped 2 corrupt ${HISTORY_KEY} record`),
      new RegExp(`dropped corrupt ${EVIDENCE_ROUNDS_KEY}`),
    ]);

    // History: the 3 valid entries survive beside the new one; the 2 corrupt ones are gone.
    await expect
      .poll(async () => (((await storageSnapshot(ext)).local[HISTORY_KEY] as HistoryEntry[]) ?? []).map((h) => h.id), { timeout: 10_000 })
      .toEqual([newId, ...valid.map((v) => v.id)]);
    // The valid recent failure reached the new incident's evidence.
    const { session } = await storageSnapshot(ext);
    const fresh = session[incidentKey(newId)] as { evidence: { recentFailures: { host: string }[]; failure: { url: string } } };
    expect(fresh.evidence.recentFailures.map((f) => f.host)).toContain('recent.hd.test');
    // The probes used the person's valid settings (the harness), not the defaults.
    await expect
      .poll(
        async () =>
          (
            (await storageSnapshot(ext)).session[incidentKey(newId)] as { evidence: { otherSiteProbe?: { results: { host: string }[] } } }
          ).evidence.otherSiteProbe?.results.map((r) => r.host),
        { timeout: 20_000 },
      )
      .toEqual([new URL(harness.pages.healthy).hostname]);

    // The corrupt incident reads as missing (and is logged); the valid one still opens, its oversized progress dropped.
    const corrupt = await ext.context.newPage();
    await corrupt.goto(`${troubleshooterPrefix(ext.extensionId)}?incident=${first.id}`);
    await expect(corrupt.getByTestId('incident-missing')).toBeVisible();
    await expectLogged(ext, [new RegExp(`dropped corrupt ${incidentKey(first.id)}`)]);
    await corrupt.goto(`${troubleshooterPrefix(ext.extensionId)}?incident=kept-incident-1`);
    await expect(corrupt.getByTestId('diagnosis')).toHaveAttribute('data-kind', 'cert-date');
    await expectLogged(ext, [new RegExp(`dropped corrupt ${progressKey(keptIncident.id)}`)]);
    await expect(corrupt.locator('.step-list input[type="checkbox"]:checked')).toHaveCount(0);
    // Nothing crashed a listener.
    expect(ext.workerConsole.filter((l) => l.type === 'error')).toEqual([]);
  } finally {
    await ext.close();
  }
});

test('every key replaced by junk of the wrong type or size: the extension starts with defaults', async () => {
  test.setTimeout(120_000);
  const harness = harnessInfo();
  const ext = await launchFresh(harness);
  try {
    const first = await recordOne(ext, `${harness.cases.expired!.url}first`);
    const junk: Record<string, unknown> = {
      [tabKey(first.tabId)]: null,
      [incidentKey(first.id)]: MB,
      [progressKey(first.id)]: { done: true },
      [RECENT_FAILURES_KEY]: 42,
      [CLOCK_SKEW_KEY]: MB,
      [EVIDENCE_ROUNDS_KEY]: [],
    };
    await putStorage(ext, { [SETTINGS_KEY]: 'garbage', [HISTORY_KEY]: { not: 'a list' } }, junk);
    await stopServiceWorkers(ext.context);

    // The worker wakes with the next event it listens to (healthy page loads no longer wake it): a tab
    // closing. It replaces the junk settings envelope with the defaults, and says so.
    const wake = await ext.context.newPage();
    await wake.goto(`${harness.pages.healthy}?wake`);
    await wake.close();
    await expect
      .poll(async () => (await storageSnapshot(ext)).local[SETTINGS_KEY], { timeout: 15_000 })
      .toEqual({ version: 1, settings: expect.objectContaining({ onPageFailure: 'troubleshooter', banner: true, historyLimit: 50 }) });
    await expectLogged(ext, [
      new RegExp(`dropped corrupt ${SETTINGS_KEY} \\(not an object\\)`),
      new RegExp(`dropped corrupt ${tabKey(first.tabId)}`),
    ]);
    // Back on the harness probes before any failure (the defaults name public sites; no test contacts them).
    await inHelper(ext, (items: Record<string, unknown>) => chrome.storage.local.set(items), {
      [SETTINGS_KEY]: settingsEnvelope(localSettings(harness)),
    });

    const page = await ext.context.newPage();
    await visitFailing(page, `${harness.cases['wrong-host']!.url}after-junk`);
    await expectTroubleshooter(page, ext.extensionId, 'cert-name');
    const newId = new URL(page.url()).searchParams.get('incident')!;
    await expectLogged(ext, [
      new RegExp(`dropped 1 corrupt ${HISTORY_KEY} record`),
      new RegExp(`dropped 1 corrupt or excess ${RECENT_FAILURES_KEY} record`),
    ]);
    await expect
      .poll(async () => (((await storageSnapshot(ext)).local[HISTORY_KEY] as HistoryEntry[]) ?? []).map((h) => h.id), { timeout: 10_000 })
      .toEqual([newId]);
    // The clock readings are read only after a date failure (none is sampled on healthy pages).
    await visitFailing(page, `${harness.cases.expired!.url}after-junk`);
    await expectTroubleshooter(page, ext.extensionId, 'cert-date');
    await expectLogged(ext, [new RegExp(`dropped corrupt ${CLOCK_SKEW_KEY}`)]);
    // The first tab's junk state and its unreadable incident: the troubleshooter there says it is missing.
    await first.page.reload();
    await expect(first.page.getByTestId('incident-missing')).toBeVisible();
    expect(ext.workerConsole.filter((l) => l.type === 'error')).toEqual([]);
  } finally {
    await ext.close();
  }
});
