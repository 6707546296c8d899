import { describe, expect, test } from 'vitest';
import { classifyFirefox as classify } from '../../../../src/core/catalog/firefox';
import { isMorePrecise } from '../../../../src/core/catalog/precision';

const url = 'https://expired.example/';
/** What a German Firefox's webRequest reports for an expired certificate. */
const GERMAN_EXPIRED = 'Das Zertifikat der Gegenstelle ist abgelaufen.';

describe('isMorePrecise: a repeat report that names the failure upgrades the incident', () => {
  test.each([GERMAN_EXPIRED, 'Peer’s Certificate has expired.'])(
    'message text (tls-unknown) → webNavigation code: upgrade (%s)',
    (message) => {
      const first = classify(message, url);
      expect(first).toMatchObject({ kind: 'tls-unknown', errorCode: '' });
      const second = classify('Error code 2153390069', url);
      expect(second).toMatchObject({ kind: 'cert-date', errorCode: 'SEC_ERROR_EXPIRED_CERTIFICATE' });
      expect(isMorePrecise(first, second)).toBe(true);
    },
  );

  test('the same error twice: nothing to upgrade', () => {
    const expired = classify('SEC_ERROR_EXPIRED_CERTIFICATE', url);
    expect(isMorePrecise(expired, classify('Error code 2153390069', url))).toBe(false);
    const reset = classify('NS_ERROR_NET_RESET', url);
    expect(isMorePrecise(reset, classify('Error code 2152398868', url))).toBe(false);
  });

  test('a precise first report is never replaced by a vaguer or a different one', () => {
    const precise = classify('Error code 2153390069', url);
    expect(isMorePrecise(precise, classify(GERMAN_EXPIRED, url))).toBe(false);
    expect(isMorePrecise(precise, classify('Error code 2153390067', url))).toBe(false);
    expect(isMorePrecise(precise, classify('NS_ERROR_NET_RESET', url))).toBe(false);
  });

  test('an unnamed vague kind takes any named TLS code, even a vague one', () => {
    expect(isMorePrecise({ kind: 'tls-unknown', errorCode: '' }, classify('Error code 2152398868', url))).toBe(true);
  });

  test('a named but vague kind takes a precise kind', () => {
    const reset = classify('NS_ERROR_NET_RESET', url);
    expect(reset.kind).toBe('handshake-interrupted');
    expect(isMorePrecise(reset, classify('SSL_ERROR_RX_CERTIFICATE_REQUIRED_ALERT', url))).toBe(true);
    const newName = classify('SSL_ERROR_SOMETHING_NEW', url);
    expect(newName).toMatchObject({ kind: 'tls-unknown', errorCode: 'SSL_ERROR_SOMETHING_NEW' });
    expect(isMorePrecise(newName, classify('Error code 2153390069', url))).toBe(true);
  });

  test('not-tls and unnamed reports never upgrade anything', () => {
    const vague = { kind: 'tls-unknown' as const, errorCode: '' };
    expect(isMorePrecise(vague, classify('Error code 2152398850', url))).toBe(false); // NS_BINDING_ABORTED
    expect(isMorePrecise(vague, classify('Error code 2152398861', url))).toBe(false); // refused
    expect(isMorePrecise(vague, classify('Irgendein anderer Text', url))).toBe(false);
    expect(isMorePrecise(vague, classify('', url))).toBe(false);
  });
});
