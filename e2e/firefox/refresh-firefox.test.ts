// Refresh Firefox, the last step when this browser's settings are at fault (here
// `security.tls.version.min` = 4 fails a TLS-1.2-only site, as in tls-settings.test.ts): it
// removes every extension with its data, this one included, so the step says so above its
// instructions, says how to add it again, and copies the report and the steps before that.
import { expect, inject, test } from 'vitest';
import { copiedText, keepCopiedText } from '../support/copied-text';
import { poll, visitFailing, waitForTroubleshooter } from '../support/firefox';
import { firefoxPerTest } from '../support/firefox-per-test';

const harness = inject('harness');
const firefox = firefoxPerTest(harness, { prefs: { 'security.tls.version.min': 4 } });

const RESET = '[data-step="browser-reset"]';

test('Refresh Firefox warns that it removes this extension, before its instructions, and copies the report and the steps', async () => {
  const { page } = firefox;
  await visitFailing(page, harness.cases['tls12-only']!.url);
  await waitForTroubleshooter(page, 'protocol-mismatch');
  await poll(
    () => waitForTroubleshooter(page, 'protocol-mismatch', 3_000),
    (d) => d?.cause === 'browser-settings',
  );
  const step = await poll(
    () =>
      page.evaluate((selector) => {
        const li = document.querySelector(selector);
        const all = li ? [...li.querySelectorAll('*')] : [];
        const notes = li?.querySelector('[data-testid="destructive-notes"]');
        return {
          title: li?.querySelector('.step-title')?.textContent ?? '',
          headings: [...(notes?.querySelectorAll('h3') ?? [])].map((h) => h.textContent ?? ''),
          notes: notes?.textContent ?? '',
          notesAt: notes ? all.indexOf(notes) : -1,
          instructionsAt: all.indexOf(li?.querySelector('.instructions') as Element),
          instructions: li?.querySelector('.instructions')?.textContent ?? '',
        };
      }, RESET),
    (s) => s.title !== '',
  );
  expect(step.title).toContain('Refresh Firefox (last resort)');
  expect(step.headings).toEqual(['Before you start', 'What this removes']);
  expect(step.notesAt).toBeGreaterThan(0);
  expect(step.notesAt).toBeLessThan(step.instructionsAt);
  expect(step.notes).toContain('removes every extension with its data, Handshake Doctor included');
  expect(step.notes).toContain('add Handshake Doctor to Firefox again');
  expect(step.instructions).toContain('about:support');

  // What the button hands to the clipboard, read where it is written.
  await page.evaluate(keepCopiedText);
  await page.click(`${RESET} button[data-action="copy-report-and-steps"]`);
  const copied = await poll(
    () => page.evaluate(copiedText),
    (c) => c !== '',
  );
  const report = await page.evaluate(() => document.querySelector('[data-testid="report-text"]')?.textContent ?? '');
  expect(report).toContain('SSL_ERROR_PROTOCOL_VERSION_ALERT');
  expect(copied.startsWith(report)).toBe(true);
  expect(copied).toMatch(/\d+\. Refresh Firefox \(last resort\)\n {3}Before you start\n/);
  expect(copied).toContain('Check the browser’s TLS version settings');
  const status = await poll(
    () =>
      page.evaluate(
        (selector) => document.querySelector(`${selector} [data-testid="destructive-notes"] [role="status"]`)?.textContent ?? '',
        RESET,
      ),
    (s) => s !== '',
  );
  expect(status).toBe('Copied the report and these steps. Paste them into a note or an email before you go on.');
});
