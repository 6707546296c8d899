// Picking the error by what the browser showed: codes as each error page prints them, from the
// catalog tables, with their kinds; headings in the page's language; typed text read back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_NET_ERRORS } from '../../../../src/core/catalog/chromium-net-errors';
import { FIREFOX_SECURITY_ERRORS } from '../../../../src/core/catalog/firefox-security-errors';
import {
  ERROR_PAGE_HEADINGS,
  errorPageBrowser,
  errorPageHeadings,
  readShownError,
  shownCodes,
} from '../../../../src/core/guided/error-pages';
import type { MessageKey } from '../../../../src/core/message-key';

const locale = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../../../src/locales/${lang}/ui-options.json`, import.meta.url), 'utf8')) as Record<
    string,
    { message: string }
  >;
const en = locale('en');
const ja = locale('ja');
const inEnglish = (key: MessageKey) => en[key]!.message;
const inJapanese = (key: MessageKey) => ja[key]!.message;

describe('shownCodes', () => {
  const chromiumFirst = shownCodes('chromium');
  const shown = (s: string) => chromiumFirst.find((c) => c.shown === s);

  it('prints Chromium certificate errors as NET::ERR_… and the others as ERR_…', () => {
    expect(shown('NET::ERR_CERT_DATE_INVALID')).toEqual({
      shown: 'NET::ERR_CERT_DATE_INVALID',
      browser: 'chromium',
      kind: 'cert-date',
      errorCode: 'net::ERR_CERT_DATE_INVALID',
    });
    expect(shown('NET::ERR_SSL_PINNED_KEY_NOT_IN_CERT_CHAIN')?.kind).toBe('cert-invalid');
    expect(shown('ERR_SSL_PROTOCOL_ERROR')?.kind).toBe('protocol-error');
    expect(shown('ERR_SSL_VERSION_OR_CIPHER_MISMATCH')?.kind).toBe('protocol-mismatch');
    expect(shown('ERR_CERT_DATE_INVALID')).toBeUndefined();
    expect(shown('NET::ERR_SSL_PROTOCOL_ERROR')).toBeUndefined();
  });

  it('lists Firefox codes by name with their kinds', () => {
    expect(shown('SEC_ERROR_EXPIRED_CERTIFICATE')).toMatchObject({ browser: 'firefox', kind: 'cert-date' });
    expect(shown('SSL_ERROR_NO_CYPHER_OVERLAP')).toMatchObject({ browser: 'firefox', kind: 'protocol-mismatch' });
    expect(shown('MOZILLA_PKIX_ERROR_MITM_DETECTED')).toMatchObject({ kind: 'interception-detected' });
  });

  it('takes every kind from the tables, and leaves out non-TLS, unknown-kind and retired codes', () => {
    for (const c of chromiumFirst) {
      const name = c.errorCode.replace(/^net::/, '');
      const entry = c.browser === 'chromium' ? CHROMIUM_NET_ERRORS[name] : FIREFOX_SECURITY_ERRORS[name];
      expect(entry?.kind, c.shown).toBe(c.kind);
      expect(['not-tls', 'tls-unknown']).not.toContain(c.kind);
    }
    expect(shown('ERR_NAME_NOT_RESOLVED')).toBeUndefined();
    expect(shown('NET::ERR_CERT_SYMANTEC_LEGACY')).toBeUndefined();
    expect(shown('ERR_INSECURE_RESPONSE')).toBeUndefined();
    expect(shown('SEC_ERROR_IO')).toBeUndefined();
  });

  it('puts the given browser first, each sorted, and no code twice', () => {
    expect(chromiumFirst[0]!.browser).toBe('chromium');
    expect(chromiumFirst.at(-1)!.browser).toBe('firefox');
    const firefoxFirst = shownCodes('firefox');
    expect(firefoxFirst[0]!.browser).toBe('firefox');
    expect(new Set(firefoxFirst.map((c) => c.shown)).size).toBe(firefoxFirst.length);
    const chromiumPart = chromiumFirst.filter((c) => c.browser === 'chromium').map((c) => c.shown);
    expect(chromiumPart).toEqual([...chromiumPart].sort());
  });
});

describe('headings', () => {
  it('follow the picked browser', () => {
    expect(errorPageBrowser('edge')).toBe('chromium');
    expect(errorPageBrowser('firefox')).toBe('firefox');
    expect(errorPageHeadings('firefox')[0]!.browser).toBe('firefox');
    expect(errorPageHeadings('chromium')[0]!.browser).toBe('chromium');
    expect(errorPageHeadings('chromium')).toHaveLength(ERROR_PAGE_HEADINGS.length);
  });

  it('are the browsers’ own words in each language', () => {
    expect(inEnglish('ui_guided_heading_chromium_not_private')).toBe('Your connection is not private');
    expect(inJapanese('ui_guided_heading_chromium_not_private')).toBe('この接続ではプライバシーが保護されません');
    expect(inEnglish('ui_guided_heading_firefox_risk_ahead')).toBe('Warning: Potential Security Risk Ahead');
    expect(inJapanese('ui_guided_heading_firefox_failed')).toBe('安全な接続ができませんでした');
  });
});

describe('readShownError', () => {
  it('reads a code in any case, with or without NET:: or "Error code:"', () => {
    for (const typed of ['NET::ERR_CERT_DATE_INVALID', 'net::ERR_CERT_DATE_INVALID', 'err_cert_date_invalid', '  ERR_CERT_DATE_INVALID '])
      expect(readShownError(typed, inEnglish), typed).toEqual({ kind: 'cert-date', errorCode: 'net::ERR_CERT_DATE_INVALID' });
    expect(readShownError('Error code: SEC_ERROR_EXPIRED_CERTIFICATE', inEnglish)).toEqual({
      kind: 'cert-date',
      errorCode: 'SEC_ERROR_EXPIRED_CERTIFICATE',
    });
    expect(readShownError('ERR_SSL_PROTOCOL_ERROR', inEnglish)).toEqual({
      kind: 'protocol-error',
      errorCode: 'net::ERR_SSL_PROTOCOL_ERROR',
    });
  });

  it('reads a heading in the page’s language, with any spacing or apostrophe', () => {
    expect(readShownError('your connection is not private', inEnglish)).toEqual({ kind: 'cert-invalid', errorCode: '' });
    expect(readShownError("This site can't provide a secure connection", inEnglish)).toEqual({ kind: 'tls-unknown', errorCode: '' });
    expect(readShownError('この接続ではプライバシーが保護されません', inJapanese)).toEqual({ kind: 'cert-invalid', errorCode: '' });
    expect(readShownError('この接続ではプライバシーが保護されません', inEnglish)).toBeUndefined();
  });

  it('says a non-TLS error is one, and reads nothing from the empty or the unknown', () => {
    expect(readShownError('ERR_NAME_NOT_RESOLVED', inEnglish)).toEqual({ kind: 'not-tls', errorCode: 'net::ERR_NAME_NOT_RESOLVED' });
    expect(readShownError('', inEnglish)).toBeUndefined();
    expect(readShownError('   ', inEnglish)).toBeUndefined();
    expect(readShownError('my bank is down', inEnglish)).toBeUndefined();
    expect(readShownError('ERR_MADE_UP', inEnglish)).toBeUndefined();
    expect(readShownError('constructor', inEnglish)).toBeUndefined();
  });
});
