import { describe, expect, it } from 'vitest';
import { browserTlsSettings, tls12Spoke, tls12Unreachable } from '../../../../../src/core/diagnose';
import type { Tls12Check } from '../../../../../src/core/evidence';
import type { FailureKind } from '../../../../../src/core/kinds';
import { T0, evidence } from '../helpers';

const HOST = 'tls-v1-2.badssl.com';
const refused: Tls12Check = { outcome: 'refused', host: HOST, errorCode: 'SSL_ERROR_PROTOCOL_VERSION_ALERT' };
const spoke: Tls12Check = { outcome: 'spoke', host: HOST };
const unreachable: Tls12Check = { outcome: 'unreachable', host: HOST, errorCode: 'NS_ERROR_CONNECTION_REFUSED' };
const withCheck = (tls12Check: Tls12Check, kind: FailureKind = 'protocol-mismatch') => evidence(kind, { tls12Check });

describe('browser-tls-settings', () => {
  it('blames the browser when the TLS-1.2-only endpoint fails the same way, weakening the site', () => {
    expect(browserTlsSettings(withCheck(refused), T0)).toEqual({
      rule: 'browser-tls-settings',
      cause: 'browser-settings',
      confidence: 0.8,
      evidence: [{ key: 'ev_tls12_refused', subs: [HOST, 'SSL_ERROR_PROTOCOL_VERSION_ALERT'] }],
      weakens: [{ cause: 'site-configuration', factor: 0.2 }],
    });
  });

  it('does not fire without a check, when it loaded or was unreachable, or for other kinds', () => {
    expect(browserTlsSettings(evidence('protocol-mismatch'), T0)).toBeNull();
    expect(browserTlsSettings(withCheck(spoke), T0)).toBeNull();
    expect(browserTlsSettings(withCheck(unreachable), T0)).toBeNull();
    expect(browserTlsSettings(withCheck(refused, 'protocol-error'), T0)).toBeNull();
    expect(browserTlsSettings(withCheck(refused, 'cert-date'), T0)).toBeNull();
  });
});

describe('tls12-spoke', () => {
  it('adds to the site cause when the browser spoke TLS 1.2', () => {
    expect(tls12Spoke(withCheck(spoke), T0)).toEqual({
      rule: 'tls12-spoke',
      cause: 'site-configuration',
      confidence: 0.5,
      evidence: [{ key: 'ev_tls12_spoke', subs: [HOST] }],
    });
  });

  it('does not fire for the other outcomes or kinds', () => {
    expect(tls12Spoke(withCheck(refused), T0)).toBeNull();
    expect(tls12Spoke(withCheck(unreachable), T0)).toBeNull();
    expect(tls12Spoke(withCheck(spoke, 'cert-untrusted'), T0)).toBeNull();
    expect(tls12Spoke(evidence('protocol-mismatch'), T0)).toBeNull();
  });
});

describe('tls12-unreachable', () => {
  it('keeps browser settings as a hint and holds the site cause back', () => {
    expect(tls12Unreachable(withCheck(unreachable), T0)).toEqual({
      rule: 'tls12-unreachable',
      cause: 'browser-settings',
      confidence: 0.3,
      evidence: [{ key: 'ev_tls12_unreachable', subs: [HOST] }],
      weakens: [{ cause: 'site-configuration', factor: 0.6 }],
    });
  });

  it('does not fire for the other outcomes or kinds', () => {
    expect(tls12Unreachable(withCheck(refused), T0)).toBeNull();
    expect(tls12Unreachable(withCheck(spoke), T0)).toBeNull();
    expect(tls12Unreachable(withCheck(unreachable, 'handshake-interrupted'), T0)).toBeNull();
  });
});
