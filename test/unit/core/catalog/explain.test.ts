// explainFor() and kindTitle(), and catalog.json they point into: every kind has a title and an
// explanation, every key the catalog can hand out exists with the values it passes, every message
// is handed out, and the Japanese explanations are polite. (en and ja staying in step is the
// locale-completeness test's job, test/unit/locales/locales.test.ts.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain, explanation, kindTitle, type Explained } from '../../../../src/core/catalog/explain';
import type { ClockStanding } from '../../../../src/core/diagnose/clock-standing';
import { classifyFirefox } from '../../../../src/core/catalog/firefox';
import { CHROMIUM_NET_ERRORS } from '../../../../src/core/catalog/chromium-net-errors';
import { ALL_CODE_NOTE_KEYS, CODE_NOTE_KEYS } from '../../../../src/core/catalog/code-notes';
import { FIREFOX_TLS_NETWORK_RESULTS } from '../../../../src/core/catalog/firefox-network-results';
import { FIREFOX_SECURITY_ERRORS } from '../../../../src/core/catalog/firefox-security-errors';
import { FAILURE_KINDS, type Cause, type FailureKind } from '../../../../src/core/kinds';

type Messages = Record<string, { message: string; description: string }>;
const load = (lang: string): Messages =>
  JSON.parse(readFileSync(new URL(`../../../../src/locales/${lang}/catalog.json`, import.meta.url), 'utf8'));
const en = load('en');
const ja = load('ja');

/** explainFor() for a kind and code, with a firm top cause and the clock's standing when given. */
const explainFor = (kind: FailureKind, errorCode: string, cause?: Cause, clock?: ClockStanding) => {
  const d: Explained = {
    kind,
    errorCode,
    causes: cause ? [{ cause, confidence: 0.9, rule: 'test', evidence: [] }] : [],
    uncertain: false,
    ...(clock ? { clock } : {}),
  };
  return explain(d);
};

const subs = (message: string) => [...new Set(message.match(/\$\d/g) ?? [])].sort();

/** Every error code the catalog knows, as the classifiers normalize it. */
const allCodes = [
  ...Object.keys(CHROMIUM_NET_ERRORS).map((name) => `net::${name}`),
  ...Object.keys(FIREFOX_SECURITY_ERRORS),
  ...Object.keys(FIREFOX_TLS_NETWORK_RESULTS),
];

describe('catalog.json', () => {
  it('Japanese explanations use the polite form', () => {
    const plain = Object.entries(ja)
      .filter(([key]) => !key.endsWith('_title')) // headings are noun phrases
      .filter(([, { message }]) => !/(です|ます|ました|ません|でした|ください)。?$/.test(message))
      .map(([key]) => key);
    expect(plain).toEqual([]);
  });

  it('has no keys the catalog never hands out', () => {
    const handedOut = new Set<string>([
      ...FAILURE_KINDS.flatMap((kind) => [kindTitle(kind).key, ...explainFor(kind, '').map((t) => t.key)]),
      ...ALL_CODE_NOTE_KEYS,
      ...explainFor('protocol-mismatch', '', 'browser-settings').map((t) => t.key),
      ...explainFor('cert-date', '', undefined, 'verified').map((t) => t.key),
      ...explainFor('cert-date', '', undefined, 'wrong').map((t) => t.key),
    ]);
    expect(Object.keys(en).filter((key) => !handedOut.has(key))).toEqual([]);
  });
});

describe('kindTitle and explain', () => {
  it('puts a browser-settings verdict in its own words: no kind text or code note blaming the site', () => {
    const site = explainFor('protocol-mismatch', 'SSL_ERROR_PROTOCOL_VERSION_ALERT').map((t) => t.key);
    expect(site).toEqual(['kind_protocol_mismatch_explain', 'code_old_tls']);
    const browser = explainFor('protocol-mismatch', 'SSL_ERROR_PROTOCOL_VERSION_ALERT', 'browser-settings').map((t) => t.key);
    expect(browser).toEqual(['explain_browser_settings']);
    expect(explainFor('protocol-mismatch', 'SSL_ERROR_PROTOCOL_VERSION_ALERT', 'site-configuration').map((t) => t.key)).toEqual(site);
  });

  const slug = (kind: FailureKind) => kind.replace(/-/g, '_');

  it('gives every kind its own title and explanation', () => {
    const mismatches = FAILURE_KINDS.filter(
      (kind) =>
        JSON.stringify([kindTitle(kind), ...explainFor(kind, '')]) !==
        JSON.stringify([{ key: `kind_${slug(kind)}_title` }, { key: `kind_${slug(kind)}_explain` }]),
    );
    expect(mismatches).toEqual([]);
  });

  it('every code note names a code the catalog knows, and a key that exists', () => {
    const known = new Set(allCodes);
    for (const [code, key] of CODE_NOTE_KEYS) {
      expect(known.has(code), `${code} in code-notes.ts is not in any table`).toBe(true);
      expect(en[key], key).toBeDefined();
    }
  });

  it('every key explainFor() can return for any known code and any kind exists in en and ja', () => {
    for (const code of allCodes) {
      for (const kind of FAILURE_KINDS) {
        for (const { key, subs: values } of [...explainFor(kind, code), kindTitle(kind)]) {
          expect(en[key], key).toBeDefined();
          expect(ja[key], key).toBeDefined();
          expect(subs(en[key]?.message ?? '').length).toBe(values?.length ?? 0);
        }
      }
    }
  });

  const keys = (kind: FailureKind, code: string) => explainFor(kind, code).map((t) => t.key);

  it('adds the note of a specific code after the explanation of its kind', () => {
    const NOTES: [FailureKind, string, string][] = [
      ['cert-date', 'SEC_ERROR_EXPIRED_CERTIFICATE', 'code_expired'],
      ['cert-date', 'MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE', 'code_not_yet_valid'],
      ['cert-date', 'net::ERR_CERT_DATE_INVALID', 'code_date_invalid'],
      ['cert-untrusted', 'MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT', 'code_self_signed'],
      ['cert-weak', 'net::ERR_CERT_WEAK_SIGNATURE_ALGORITHM', 'code_weak_signature'],
      ['cert-weak', 'SEC_ERROR_CERT_SIGNATURE_ALGORITHM_DISABLED', 'code_weak_signature'],
      ['cert-invalid', 'NS_ERROR_BAD_HSTS_CERT', 'code_hsts'],
      ['cert-invalid', 'net::ERR_SSL_PINNED_KEY_NOT_IN_CERT_CHAIN', 'code_pinning'],
      ['cert-invalid', 'MOZILLA_PKIX_ERROR_KEY_PINNING_FAILURE', 'code_pinning'],
      ['client-cert', 'SSL_ERROR_RX_CERTIFICATE_REQUIRED_ALERT', 'code_client_cert_needed'],
      ['client-cert', 'net::ERR_BAD_SSL_CLIENT_AUTH_CERT', 'code_client_cert_rejected'],
      ['protocol-error', 'SSL_ERROR_RX_RECORD_TOO_LONG', 'code_plain_http'],
      ['protocol-error', 'net::ERR_SSL_PROTOCOL_ERROR', 'code_ssl_protocol_error'],
      ['protocol-mismatch', 'SSL_ERROR_PROTOCOL_VERSION_ALERT', 'code_old_tls'],
      ['protocol-mismatch', 'SSL_ERROR_NO_CYPHER_OVERLAP', 'code_no_common_cipher'],
      ['protocol-mismatch', 'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH', 'code_version_or_cipher'],
      ['interception-detected', 'net::ERR_TLS13_DOWNGRADE_DETECTED', 'code_tls13_downgrade'],
      ['interception-detected', 'MOZILLA_PKIX_ERROR_MITM_DETECTED', 'code_mitm'],
      ['handshake-interrupted', 'NS_ERROR_NET_RESET', 'code_reset'],
      ['cert-invalid', 'net::ERR_CERTIFICATE_TRANSPARENCY_REQUIRED', 'code_ct'],
      ['cert-invalid', 'MOZILLA_PKIX_ERROR_INSUFFICIENT_CERTIFICATE_TRANSPARENCY', 'code_ct'],
      ['cert-invalid', 'net::ERR_SSL_KEY_USAGE_INCOMPATIBLE', 'code_key_usage'],
      ['interception-detected', 'net::ERR_CERT_KNOWN_INTERCEPTION_BLOCKED', 'code_known_interception_blocked'],
      ['protocol-error', 'net::ERR_QUIC_PROTOCOL_ERROR', 'code_quic'],
      ['protocol-error', 'net::ERR_ECH_NOT_NEGOTIATED', 'code_ech'],
      ['protocol-error', 'SSL_ERROR_ECH_RETRY_WITH_ECH', 'code_ech'],
      ['protocol-error', 'SSL_ERROR_ECH_RETRY_WITHOUT_ECH', 'code_ech'],
      ['cert-invalid', 'SSL_ERROR_ECH_FAILED', 'code_ech'],
      ['protocol-error', 'SSL_ERROR_ECH_REQUIRED_ALERT', 'code_ech'],
    ];
    const mismatches = NOTES.filter(([kind, code, note]) => keys(kind, code).join() !== [`kind_${slug(kind)}_explain`, note].join());
    expect(mismatches).toEqual([]);
  });

  it('adds no note that only repeats the kind (an unknown issuer is what "not trusted" already explains)', () => {
    for (const code of ['net::ERR_CERT_AUTHORITY_INVALID', 'SEC_ERROR_UNKNOWN_ISSUER']) {
      expect(keys('cert-untrusted', code)).toEqual(['kind_cert_untrusted_explain']);
    }
  });

  it('finds the note with or without the net:: prefix', () => {
    expect(keys('cert-date', 'ERR_CERT_DATE_INVALID')).toContain('code_date_invalid');
  });

  it('gives a not-tls failure only the kind text, and unknown or hostile codes no note', () => {
    expect(keys('not-tls', 'net::ERR_CONNECTION_RESET')).toEqual(['kind_not_tls_explain']);
    expect(keys('tls-unknown', 'Das Zertifikat ist abgelaufen')).toEqual(['kind_tls_unknown_explain']);
    expect(keys('tls-unknown', '<script>')).toEqual(['kind_tls_unknown_explain']);
    expect(keys('cert-date', '__proto__')).toEqual(['kind_cert_date_explain']);
  });

  it('explains what classify returns for the measured cases', () => {
    const expired = classifyFirefox('Error code 2153390069', 'https://x.test/');
    expect(keys(expired.kind, expired.errorCode)).toEqual(['kind_cert_date_explain', 'code_expired']);
  });
});

describe('explain follows what was measured about the clock', () => {
  const keysAt = (clock: ClockStanding | undefined, kind: FailureKind, code: string) =>
    explainFor(kind, code, undefined, clock).map((t) => t.key);

  it("leaves the clock open, with the code's 'check your date first', while it is not measured", () => {
    expect(keysAt(undefined, 'cert-date', 'net::ERR_CERT_DATE_INVALID')).toEqual(['kind_cert_date_explain', 'code_date_invalid']);
    expect(keysAt('unknown', 'cert-date', 'SEC_ERROR_EXPIRED_CERTIFICATE')).toEqual(['kind_cert_date_explain', 'code_expired']);
  });

  it('puts a date failure on the certificate, without a word about the clock, once the clock is verified', () => {
    expect(keysAt('verified', 'cert-date', 'net::ERR_CERT_DATE_INVALID')).toEqual(['explain_cert_date_clock_right']);
    expect(keysAt('verified', 'cert-date', 'MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE')).toEqual(['explain_cert_date_clock_right']);
    // A note that has nothing to do with the clock stays.
    expect(keysAt('verified', 'cert-untrusted', 'MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT')).toEqual([
      'kind_cert_untrusted_explain',
      'code_self_signed',
    ]);
  });

  it('says the clock is wrong, and nothing else, when it was measured wrong on a failure a clock can cause', () => {
    expect(keysAt('wrong', 'cert-date', 'net::ERR_CERT_DATE_INVALID')).toEqual(['explain_clock_wrong']);
    expect(keysAt('wrong', 'cert-untrusted', 'net::ERR_CERT_AUTHORITY_INVALID')).toEqual(['explain_clock_wrong']);
    // A wrong clock cannot break version negotiation: the kind's own words stay.
    expect(keysAt('wrong', 'protocol-mismatch', 'SSL_ERROR_NO_CYPHER_OVERLAP')).toEqual([
      'kind_protocol_mismatch_explain',
      'code_no_common_cipher',
    ]);
  });

  it('gives a host that is not a public site whose server it is, unless the clock is wrong', () => {
    const d = (clock: ClockStanding) => ({
      kind: 'cert-date' as const,
      errorCode: '',
      causes: [],
      uncertain: false,
      host: '192.168.1.1',
      clock,
    });
    expect(explanation(d('verified'))).toEqual({ lines: [{ key: 'verdict_home_device_about', subs: ['192.168.1.1'] }], scope: true });
    expect(explanation(d('wrong'))).toEqual({ lines: [{ key: 'explain_clock_wrong' }], scope: false });
    expect(explanation({ ...d('verified'), host: 'shop.example' })).toEqual({
      lines: [{ key: 'explain_cert_date_clock_right' }],
      scope: false,
    });
  });
});
