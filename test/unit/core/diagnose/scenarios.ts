// Named end-to-end evidence sets, shared by the diagnose and locale tests.
import type { Evidence } from '../../../../src/core/evidence';
import { FAILURE_KINDS } from '../../../../src/core/kinds';
import { DAY, evidence, recent } from './helpers';

const THREE_SOURCES = ['time1.example', 'time2.example', 'time3.example'];
const FINE = [
  { host: 'ok1.example', ok: true },
  { host: 'ok2.example', ok: true },
  { host: 'ok3.example', ok: true },
];

export const SCENARIOS: Record<string, Evidence> = {
  clockTwoYearsBehind: evidence('cert-date', {
    clock: { skewMs: -730 * DAY, samples: 12, sources: THREE_SOURCES },
    recentFailures: recent('cert-date', ['news.example', 'shop.test']),
    reprobe: { status: 'failed', kind: 'cert-date', errorCode: 'net::ERR_CERT_DATE_INVALID' },
  }),
  expiredCertCorrectClock: evidence('cert-date', {
    clock: { skewMs: 800, samples: 12, sources: THREE_SOURCES },
    otherSiteProbe: { status: 'done', results: FINE },
  }),
  fourHostsSameIssuer: evidence('cert-untrusted', {
    recentFailures: recent('cert-untrusted', ['news.example', 'shop.test', 'mail.example.org']),
  }),
  singleUntrustedHost: evidence('cert-untrusted', {
    otherSiteProbe: { status: 'done', results: FINE },
    reprobe: { status: 'failed', kind: 'cert-untrusted', errorCode: 'net::ERR_CERT_AUTHORITY_INVALID' },
  }),
  proxyByExtension: evidence('cert-untrusted', {
    proxy: {
      levelOfControl: 'controlled_by_other_extensions',
      mode: 'fixed_servers',
      controllingExtension: { id: 'abcdefghijklmnop', name: 'FreeVPN Turbo' },
    },
  }),
  thinUntrusted: evidence('cert-untrusted'),
  thinDate: evidence('cert-date'),
  firefoxPrefs: evidence(
    'protocol-mismatch',
    {
      // The seed's case: security.tls.version.min = 4; other sites speak TLS 1.3 and load.
      otherSiteProbe: { status: 'done', results: FINE },
      tls12Check: { outcome: 'refused', host: 'tls-v1-2.badssl.com', errorCode: 'SSL_ERROR_PROTOCOL_VERSION_ALERT' },
      environment: { browser: 'firefox', version: '153.0', os: 'windows' },
    },
    { errorCode: 'SSL_ERROR_PROTOCOL_VERSION_ALERT', rawError: 'Error code 2153394174' },
  ),
  interruptedEverywhere: evidence('handshake-interrupted', {
    recentFailures: recent('handshake-interrupted', ['a.example', 'b.test', 'c.example.org']),
    reprobe: { status: 'failed', kind: 'handshake-interrupted' },
  }),
  transient: evidence('cert-untrusted', { reprobe: { status: 'ok' } }),
  knownInterceptor: evidence('cert-untrusted', {
    interception: { product: 'Avast Antivirus', issuer: 'avast! Web/Mail Shield Root', host: 'broken.example' },
  }),
  otherSitesFailDate: evidence('cert-date', {
    otherSiteProbe: {
      status: 'done',
      results: [
        { host: 'ok1.example', ok: false, kind: 'cert-date' },
        { host: 'ok2.example', ok: false, kind: 'cert-date' },
      ],
    },
  }),
  clockAheadOneSource: evidence('cert-date', { clock: { skewMs: 3 * 3600_000, samples: 1, sources: ['only.example'] } }),
  clientCert: evidence('client-cert'),
  notTls: evidence('not-tls'),
};

/** One minimal evidence per kind, for sweeps. */
export const EVERY_KIND: Evidence[] = FAILURE_KINDS.map((k) => evidence(k));
