import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../../src/core/diagnose';
import { refineWithReprobe } from '../../../../src/core/diagnose/refine';
import type { Evidence } from '../../../../src/core/evidence';

const evidence = (kind: Evidence['failure']['kind'], errorCode: string, reprobe?: Evidence['reprobe']): Evidence => ({
  failure: { rawError: errorCode, errorCode, kind, url: 'https://a.test/', host: 'a.test', frame: 'main', time: 1_800_000_000_000 },
  recentFailures: [],
  reprobe,
  environment: { browser: 'chrome', version: '156', os: 'linux' },
});

describe('refineWithReprobe', () => {
  it('replaces an interrupted first report with the precise re-probe error', () => {
    const e = evidence('handshake-interrupted', 'net::ERR_SOCKET_NOT_CONNECTED', {
      status: 'failed',
      kind: 'client-cert',
      errorCode: 'net::ERR_BAD_SSL_CLIENT_AUTH_CERT',
    });
    expect(refineWithReprobe(e).failure).toMatchObject({ kind: 'client-cert', errorCode: 'net::ERR_BAD_SSL_CLIENT_AUTH_CERT' });
    expect(refineWithReprobe(e).failure.rawError).toBe('net::ERR_SOCKET_NOT_CONNECTED');
    expect(diagnose(e)).toMatchObject({ kind: 'client-cert', errorCode: 'net::ERR_BAD_SSL_CLIENT_AUTH_CERT' });
    expect(diagnose(e).causes[0]?.cause).toBe('client-certificate');
  });
  it('keeps a precise first report even when the re-probe differs', () => {
    const e = evidence('cert-date', 'net::ERR_CERT_DATE_INVALID', {
      status: 'failed',
      kind: 'handshake-interrupted',
      errorCode: 'net::ERR_CONNECTION_RESET',
    });
    expect(refineWithReprobe(e)).toBe(e);
  });
  it('ignores re-probes that succeeded, were vague too, or were not TLS', () => {
    expect(refineWithReprobe(evidence('handshake-interrupted', 'x', { status: 'ok' })).failure.kind).toBe('handshake-interrupted');
    expect(
      refineWithReprobe(evidence('tls-unknown', '', { status: 'failed', kind: 'handshake-interrupted', errorCode: 'NS_ERROR_NET_RESET' }))
        .failure.kind,
    ).toBe('tls-unknown');
    expect(
      refineWithReprobe(evidence('tls-unknown', '', { status: 'failed', kind: 'not-tls', errorCode: 'NS_ERROR_CONNECTION_REFUSED' }))
        .failure.kind,
    ).toBe('tls-unknown');
  });
});
