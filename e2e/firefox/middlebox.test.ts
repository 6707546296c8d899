// The ML-KEM-resetting middlebox in Firefox (e2e/harness/mlkem-middlebox.mjs, in front of a
// healthy server), with the healthy harness site as the control. Firefox ESR 153 sends an
// X25519MLKEM768 key share by default and retries with it (measured: no fallback without it), so
// the reset repeats on the extension's re-probe while the control site loads: the verdict is the
// network, with the middlebox step carrying Firefox's post-quantum test.
import { expect, inject, test } from 'vitest';
import { currentUrl, poll, shownIncident, visitFailing, waitForTroubleshooter } from '../support/firefox';
import { firefoxPerTest } from '../support/firefox-per-test';

const harness = inject('harness');
const firefox = firefoxPerTest(harness);

/** The text of the middlebox step and the labels of its buttons, once the verdict is the network. */
async function middleboxStep(): Promise<{ cause: string; text: string; buttons: string[] } | undefined> {
  return firefox.page.evaluate(() => {
    const step = document.querySelector('[data-step="middlebox"]');
    const cause = document.querySelector('[data-testid="diagnosis"]')?.getAttribute('data-cause') ?? '';
    if (!step) return { cause, text: '', buttons: [] };
    return { cause, text: step.textContent ?? '', buttons: [...step.querySelectorAll('button')].map((b) => b.textContent ?? '') };
  });
}

test('a middlebox resetting ML-KEM handshakes: the network, with the post-quantum test', async () => {
  await visitFailing(firefox.page, harness.middlebox.url);
  const shown = await waitForTroubleshooter(firefox.page, 'handshake-interrupted');
  expect(shown, 'the troubleshooter opened').toBeDefined();
  expect(shown!.errorCode).toBe('NS_ERROR_NET_RESET');

  const step = await poll(middleboxStep, (s) => s?.cause === 'network' && s.text !== '', 20_000);
  expect(step?.cause).toBe('network');
  expect(step?.text).toContain('security.tls.enable_kyber');
  expect(step?.text).toContain('network.http.http3.enable_kyber');
  expect(step?.text).toContain('Set both back to true');
  expect(step?.text).not.toContain('no longer have a setting or policy');
  expect(step?.buttons.some((b) => b.includes('Copy the report for the administrator'))).toBe(true);

  const incident = await shownIncident(firefox.page);
  const evidence = incident?.evidence as Record<string, unknown>;
  expect(evidence.otherSiteProbe).toEqual({ status: 'done', results: [{ host: 'healthy.hd.test', ok: true }] });
  expect(evidence.reprobe).toMatchObject({ status: 'failed', kind: 'handshake-interrupted' });
});

test('the healthy control site loads untouched', async () => {
  await firefox.page.goto(harness.pages.healthy, { timeout: 15_000 });
  await new Promise((r) => setTimeout(r, 1500));
  expect(await currentUrl(firefox.page)).toBe(harness.pages.healthy);
  expect(await firefox.page.evaluate(() => document.body.textContent ?? '')).toMatch(/./);
});
