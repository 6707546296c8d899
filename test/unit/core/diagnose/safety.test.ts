import { describe, expect, it } from 'vitest';
import { advisesAgainstBypass, connectionUntrusted, primaryAction } from '../../../../src/core/diagnose/safety';
import type { RankedCause } from '../../../../src/core/diagnose/types';
import type { Cause, FailureKind } from '../../../../src/core/kinds';

const d = (kind: FailureKind, top: Cause) => ({
  kind,
  causes: [{ cause: top, confidence: 0.8, rule: 'test', evidence: [] } satisfies RankedCause],
});

describe('connectionUntrusted', () => {
  it('holds for refused certificates and interception, whatever the verdict', () => {
    expect(connectionUntrusted(d('cert-date', 'system-clock'))).toBe(true);
    expect(connectionUntrusted(d('cert-invalid', 'site-certificate'))).toBe(true);
    expect(connectionUntrusted(d('interception-detected', 'network'))).toBe(true);
    expect(connectionUntrusted(d('protocol-error', 'interception'))).toBe(true);
  });

  it('does not hold where no certificate was refused and nothing intercepts', () => {
    expect(connectionUntrusted(d('protocol-mismatch', 'site-configuration'))).toBe(false);
    expect(connectionUntrusted(d('handshake-interrupted', 'network'))).toBe(false);
    expect(connectionUntrusted(d('client-cert', 'client-certificate'))).toBe(false);
  });
});

describe('primaryAction', () => {
  it('leads with going back for site and interception verdicts and untrusted connections', () => {
    expect(primaryAction(d('protocol-mismatch', 'site-configuration'))).toBe('back');
    expect(primaryAction(d('cert-name', 'site-certificate'))).toBe('back');
    expect(primaryAction(d('handshake-interrupted', 'interception'))).toBe('back');
    expect(primaryAction(d('cert-date', 'system-clock'))).toBe('back');
  });

  it('leads with reloading where the fix is on this side and nothing may be impersonated', () => {
    expect(primaryAction(d('handshake-interrupted', 'network'))).toBe('reload');
    expect(primaryAction(d('protocol-mismatch', 'browser-settings'))).toBe('reload');
    expect(primaryAction(d('client-cert', 'client-certificate'))).toBe('reload');
  });
});

describe('advisesAgainstBypass', () => {
  it("holds for an organisation's site, whose steps say not to bypass the warning", () => {
    expect(advisesAgainstBypass({ host: 'intranet.corp' })).toBe(true);
    expect(advisesAgainstBypass({ host: 'wiki' })).toBe(true);
  });

  it('does not hold for public sites, home devices or this computer', () => {
    expect(advisesAgainstBypass({ host: 'shop.example' })).toBe(false);
    expect(advisesAgainstBypass({ host: '192.168.1.1' })).toBe(false);
    expect(advisesAgainstBypass({ host: 'localhost' })).toBe(false);
  });
});
