// The history's age limit and what the options page opens from it: an entry older than
// settings.historyMaxAgeDays (seeded through storage) is neither shown nor kept, the limit shows
// and saves in the options page, and a stored address that is not http(s) is shown as text only.
import type { Page } from '@playwright/test';
import { expect, expectTroubleshooter, test, visitFailing } from '../support/fixtures';
import type { LaunchedExtension } from '../support/chromium';
import { inExtension, optionsUrl, resetStorage, writeSettings } from '../support/extension-pages';

declare const chrome: any;

test.beforeEach(async ({ ext }) => resetStorage(ext));
test.afterEach(async ({ ext }) => resetStorage(ext));

const DAY = 86_400_000;
type Entry = { id: string; recordedAt: number; evidence: { failure: { url: string } } };

const storedHistory = (ext: LaunchedExtension): Promise<Entry[]> =>
  inExtension(ext, async () => (await chrome.storage.local.get('history')).history ?? [], undefined);
const storeHistory = (ext: LaunchedExtension, entries: Entry[]) =>
  inExtension(ext, (h: Entry[]) => chrome.storage.local.set({ history: h }), entries);

/** One real entry, recorded by the extension for a failed page, to copy from. */
async function recordedEntry(page: Page, ext: LaunchedExtension, url: string): Promise<Entry> {
  await visitFailing(page, url);
  await expectTroubleshooter(page, ext.extensionId, 'cert-date');
  await expect.poll(async () => (await storedHistory(ext)).length).toBe(1);
  return (await storedHistory(ext))[0]!;
}

const copy = (entry: Entry, id: string, age: number, url = entry.evidence.failure.url): Entry => ({
  ...entry,
  id,
  recordedAt: Date.now() - age,
  evidence: { ...entry.evidence, failure: { ...entry.evidence.failure, url } },
});

async function openOptions(page: Page, ext: LaunchedExtension) {
  await page.goto(optionsUrl(ext));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guided fixes and settings');
}

test('an entry past the age limit is not shown, and is deleted from storage', async ({ page, ext, harness }) => {
  const entry = await recordedEntry(page, ext, `${harness.cases.expired!.url}?age=${Date.now()}`);
  await storeHistory(ext, [copy(entry, 'fresh-entry-1', 29 * DAY), copy(entry, 'expired-entry-1', 31 * DAY)]);

  await openOptions(page, ext);
  await expect(page.getByTestId('history-age')).toHaveText('Incidents older than 30 days are deleted.');
  await expect(page.getByTestId('history-entry')).toHaveCount(1);
  await expect.poll(async () => (await storedHistory(ext)).map((e) => e.id)).toEqual(['fresh-entry-1']);
  await expect(page.getByTestId('guided-source').locator('option')).toHaveCount(2);

  // A shorter limit, as the administrator or the person sets it, applies at once.
  await writeSettings(ext, { historyMaxAgeDays: 28 });
  await expect(page.getByTestId('history-empty')).toBeVisible();
  await expect.poll(async () => (await storedHistory(ext)).length).toBe(0);
});

test('the age limit shows, saves, and refuses what is out of range', async ({ page, ext }) => {
  await openOptions(page, ext);
  const field = page.getByTestId('opt-historyMaxAgeDays');
  await expect(field).toHaveValue('30');
  await expect(page.getByLabel('Days to keep an incident in the history')).toHaveValue('30');

  await field.fill('0');
  await page.getByTestId('save-settings').click();
  await expect(page.getByTestId('settings-status')).toHaveText('Not saved: correct the marked fields.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#opt-historyMaxAgeDays-error')).toHaveText('Enter a whole number from 1 to 3650.');

  await field.fill('7');
  await page.getByTestId('save-settings').click();
  await expect(page.getByTestId('settings-status')).toHaveText('Settings saved.');
  const stored = await inExtension(ext, async () => (await chrome.storage.local.get('settings')).settings, undefined);
  expect(stored).toEqual({ version: 1, settings: expect.objectContaining({ historyMaxAgeDays: 7 }) });
  await page.reload();
  await expect(field).toHaveValue('7');
  await expect(page.getByTestId('history-age')).toHaveText('Incidents older than 7 days are deleted.');
});

test('a stored address that is not http(s) is shown as text and never opened', async ({ page, ext, harness }) => {
  const entry = await recordedEntry(page, ext, `${harness.cases.expired!.url}?scheme=${Date.now()}`);
  const hostile = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'chrome://settings/'];
  await storeHistory(ext, [copy(entry, 'web-entry-1', 0), ...hostile.map((url, i) => copy(entry, `hostile-entry-${i}`, 0, url))]);
  await openOptions(page, ext);

  const table = page.getByTestId('history');
  await expect(page.getByTestId('history-entry')).toHaveCount(4);
  for (const url of hostile) await expect(table).toContainText(url);
  await expect(table.locator('a')).toHaveCount(0);

  /** How many steps of the guide for `id` offer to open the site again. */
  const tryAgainButtons = async (id: string) => {
    const guided = page.getByTestId('guided-fixes');
    await guided.getByTestId('guided-source').selectOption(id);
    const steps = guided.getByTestId('guide-index').locator('li');
    let offered = 0;
    for (let i = 0; i < (await steps.count()); i++) {
      await steps.nth(i).getByRole('button').click();
      offered += await guided.getByRole('button', { name: 'Check whether it is fixed' }).count();
    }
    return offered;
  };
  expect(await tryAgainButtons('web-entry-1')).toBeGreaterThan(0);
  const tabs = ext.context.pages().length;
  for (let i = 0; i < hostile.length; i++) expect(await tryAgainButtons(`hostile-entry-${i}`)).toBe(0);
  expect(ext.context.pages()).toHaveLength(tabs);
});
