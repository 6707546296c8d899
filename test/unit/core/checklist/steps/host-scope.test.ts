// The steps for a device at home, an intranet site and a program on this computer: shown for their
// scope and kinds only, never with the public site's "contact the owner" step, per browser and OS.
import { describe, expect, it } from 'vitest';
import { checklist } from '../../../../../src/core/checklist';
import type { Step } from '../../../../../src/core/checklist/types';
import type { Diagnosis } from '../../../../../src/core/diagnose/types';
import { BROWSERS, OSES, type Cause, type FailureKind } from '../../../../../src/core/kinds';
import { cause, diagnosis } from '../fixtures';

const at = (
  host: string,
  kind: FailureKind,
  top: Cause = kind.startsWith('cert-') ? 'site-certificate' : 'site-configuration',
): Diagnosis => ({
  ...diagnosis(kind, [cause(top, 0.8, 'scope')], false),
  host,
});
const ids = (d: Diagnosis, browser: (typeof BROWSERS)[number] = 'chrome', os: (typeof OSES)[number] = 'windows') =>
  checklist(d, { browser, os }).map((s) => s.id);
const step = (d: Diagnosis, id: string, browser: (typeof BROWSERS)[number], os: (typeof OSES)[number]): Step => {
  const found = checklist(d, { browser, os }).find((s) => s.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const keys = (s: Step) => s.instructions.map((t) => t.key);

describe('device-firmware and device-too-old', () => {
  it('offer the update, then the safe options, for a device that speaks only old TLS', () => {
    expect(ids(at('router.local', 'protocol-mismatch'))).toEqual(['device-firmware', 'device-too-old']);
    expect(ids(at('192.168.0.1', 'cert-weak'))).toEqual(['device-firmware', 'device-too-old']);
  });

  it('say per browser what can and cannot be switched', () => {
    const d = at('router.local', 'protocol-mismatch');
    expect(keys(step(d, 'device-too-old', 'firefox', 'linux'))).toContain('step_device_old_firefox');
    expect(step(d, 'device-too-old', 'firefox', 'windows').actions.map((a) => a.type === 'copy' && a.text)).toContain('about:profiles');
    expect(keys(step(d, 'device-too-old', 'firefox', 'android'))).toContain('step_device_old_firefox_android');
    for (const browser of ['chrome', 'edge', 'chromium'] as const) {
      expect(keys(step(d, 'device-too-old', browser, 'macos'))).toContain('step_device_old_chromium');
      expect(step(d, 'device-too-old', browser, 'macos').actions.map((a) => a.type)).toEqual(['retry']);
    }
  });

  it('start with why it is the device, not a site owner', () => {
    expect(step(at('router.local', 'protocol-mismatch'), 'device-firmware', 'chrome', 'linux').why[0]).toEqual({
      key: 'step_why_home_device',
      subs: ['router.local'],
    });
  });

  it('are not offered for public sites, intranets or a device’s own certificate', () => {
    expect(ids(at('tls-1-0-1-1-only.hd.test', 'protocol-mismatch'))).toEqual(['site-owner']);
    expect(ids(at('wiki.internal', 'protocol-mismatch'))).not.toContain('device-firmware');
    expect(ids(at('nas.home.arpa', 'cert-untrusted'))).not.toContain('device-firmware');
    expect(ids(at('router.local', 'cert-date'))).not.toContain('device-too-old');
  });
});

describe('device-certificate', () => {
  it('explains trusting only this certificate: a server exception in Firefox, never a root', () => {
    const d = at('nas.home.arpa', 'cert-untrusted');
    expect(ids(d)).toEqual(['device-certificate']);
    const firefox = step(d, 'device-certificate', 'firefox', 'windows');
    expect(firefox.instructions).toContainEqual({ key: 'step_device_cert_firefox', subs: ['nas.home.arpa'] });
    expect(keys(firefox)).toContain('step_device_cert_no_root');
    expect(firefox.actions[0]).toMatchObject({ type: 'copy', text: 'about:preferences#privacy' });
    const chrome = step(d, 'device-certificate', 'chrome', 'windows');
    expect(keys(chrome)).toContain('step_device_cert_for_a_while');
    expect(keys(chrome)).toContain('step_device_cert_no_root');
    expect(keys(step(d, 'device-certificate', 'firefox', 'android'))).toContain('step_device_cert_for_a_while');
  });

  it('covers a certificate for another name on a device, and nothing public or organisational', () => {
    expect(ids(at('10.0.0.1', 'cert-name'))).toEqual(['device-certificate']);
    expect(ids(at('self-signed.hd.test', 'cert-untrusted'))).not.toContain('device-certificate');
    expect(ids(at('wiki.internal', 'cert-untrusted'))).not.toContain('device-certificate');
  });
});

describe('show-it', () => {
  it('sends an intranet site’s error to IT, with the details to copy, for certificate, setup and client certificate', () => {
    for (const [kind, top] of [
      ['cert-untrusted', 'site-certificate'],
      ['protocol-mismatch', 'site-configuration'],
      ['client-cert', 'client-certificate'],
    ] as const) {
      const d = at('wiki.internal', kind, top);
      expect(ids(d)).toContain('show-it');
      expect(ids(d)).not.toContain('site-owner');
    }
    const s = step(at('intranet', 'cert-untrusted'), 'show-it', 'edge', 'windows');
    expect(keys(s)).toEqual(['step_org_explain', 'step_org_report', 'step_org_no_bypass']);
    expect(s.actions.map((a) => a.type)).toEqual(['report', 'copy', 'retry']);
    expect(s.actions[0]?.label).toEqual({ key: 'step_action_go_to_report' });
    expect(s.actions[1]).toMatchObject({ type: 'copy', text: 'intranet: net::ERR_TEST' });
  });

  it('is not offered for public hosts or a device at home', () => {
    expect(ids(at('corp.example.com', 'cert-untrusted'))).toEqual(['site-owner']);
    expect(ids(at('router.lan', 'cert-untrusted'))).not.toContain('show-it');
  });
});

describe('local-program', () => {
  it('points at the program on this computer', () => {
    expect(ids(at('localhost', 'cert-untrusted'))).toEqual(['local-program']);
    expect(ids(at('127.0.0.1', 'protocol-mismatch'))).toEqual(['local-program']);
    expect(step(at('localhost', 'cert-untrusted'), 'local-program', 'chrome', 'linux').why[0]?.key).toBe('step_why_this_computer');
  });

  it('is not offered for other scopes', () => {
    expect(ids(at('localhost.example.com', 'cert-untrusted'))).toEqual(['site-owner']);
    expect(ids(at('192.168.1.1', 'cert-untrusted'))).not.toContain('local-program');
  });
});

describe('site-owner', () => {
  it('never appears for a host that is not a public site, on any browser or OS, even when the verdict is open', () => {
    for (const host of ['router.local', '192.168.1.1', 'wiki.internal', 'intranet', 'localhost'])
      for (const browser of BROWSERS)
        for (const os of OSES) {
          const open = { ...diagnosis('cert-untrusted', [cause('site-certificate', 0.45), cause('interception', 0.4)], true), host };
          expect(ids(open, browser, os), `${host} ${browser}/${os}`).not.toContain('site-owner');
          expect(ids(at(host, 'protocol-mismatch'), browser, os)).not.toContain('site-owner');
        }
  });
});
