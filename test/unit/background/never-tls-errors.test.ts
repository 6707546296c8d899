// Errors the webRequest listener drops before any other work (src/background/never-tls-errors.ts).
import { describe, expect, it } from 'vitest';
import { isNeverTls } from '../../../src/background/never-tls-errors';

describe('isNeverTls', () => {
  it('drops aborted loads and requests another extension blocked, in both browsers', () => {
    const dropped = ['net::ERR_ABORTED', 'net::ERR_BLOCKED_BY_CLIENT', 'NS_BINDING_ABORTED', 'NS_ERROR_ABORT'];
    expect(dropped.filter((e) => !isNeverTls(e))).toEqual([]);
  });

  it('keeps TLS and other network errors', () => {
    const kept = ['net::ERR_CERT_DATE_INVALID', 'net::ERR_SSL_PROTOCOL_ERROR', 'net::ERR_CONNECTION_RESET', 'Error code 2153390069', ''];
    expect(kept.filter(isNeverTls)).toEqual([]);
  });
});
