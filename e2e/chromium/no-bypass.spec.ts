// Hardening, no bypass: for errors the browser itself lets no one override (revoked, pinning, HSTS,
// fatal certificate errors; chromiumOffersOverride in src/core/catalog/chromium.ts), the troubleshooter offers no
// way around them: no "show the browser's warning" override wording, no "continue anyway"; it
// says the browser blocks the site for the person's protection. (The static half, that no code
// path proceeds past a certificate error, is test/unit/no-certificate-bypass.test.ts.)
import { chromiumOffersOverride } from '../../src/core/catalog/chromium';
import { expect, test, troubleshooterPrefix } from '../support/fixtures';
import { resetStorage, storeIncident } from '../support/extension-pages';

test.afterEach(async ({ ext }) => resetStorage(ext));

const NO_OVERRIDE: [string, string][] = [
  ['net::ERR_CERT_REVOKED', 'cert-revoked'],
  ['net::ERR_SSL_PINNED_KEY_NOT_IN_CERT_CHAIN', 'cert-invalid'],
  ['net::ERR_CERT_INVALID', 'cert-invalid'],
];
// (Firefox's names, e.g. SEC_ERROR_REVOKED_CERTIFICATE and NS_ERROR_BAD_HSTS_CERT, only reach the
// Firefox build: test/unit/core/catalog/firefox.test.ts holds their answers.)

/** Words that would suggest a way past the browser's block. */
const OVERRIDE_WORDING = [
  /show the browser.s own warning/i,
  /continue anyway/i,
  /proceed/i,
  /way to continue/i,
  /(?<!not )bypass/i,
  /thisisunsafe/i,
  /add an? exception for this (site|certificate)/i,
];

for (const [errorCode, kind] of NO_OVERRIDE) {
  test(`${errorCode}: the troubleshooter offers no way around the browser's block`, async ({ page, ext, harness }) => {
    expect(chromiumOffersOverride(errorCode)).toBe(false);
    const url = harness.cases['self-signed']!.url;
    const id = await storeIncident(
      ext,
      { rawError: errorCode, errorCode, kind, url, host: new URL(url).hostname },
      { prefix: `nobypass-${kind}`, tabId: 999_997 },
    );
    await page.goto(`${troubleshooterPrefix(ext.extensionId)}?incident=${id}`);
    const diagnosis = page.getByTestId('diagnosis');
    await expect(diagnosis).toHaveAttribute('data-kind', kind);
    await expect(diagnosis).toHaveAttribute('data-error-code', errorCode);
    const note = page.getByTestId('native-note');
    await expect(note).toHaveAttribute('data-override', 'false');
    await expect(note).toContainText('blocks this site to protect you');
    await expect(page.getByTestId('show-native')).toHaveText("Show the browser's own error page");
    await page.getByText('Show the report').click();
    const text = await page.evaluate(() => document.body.innerText);
    for (const wording of OVERRIDE_WORDING) expect(text, String(wording)).not.toMatch(wording);
  });
}
