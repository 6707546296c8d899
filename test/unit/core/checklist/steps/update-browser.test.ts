// The update step: a version or cipher failure in a browser more than a few releases behind the
// build's current version, with per-browser instructions; never for current browsers, unknown
// versions or other kinds of failure.
import { describe, expect, it } from 'vitest';
import { CURRENT_MAJOR_AT_BUILD } from '../../../../../src/core/browser-versions';
import { checklist } from '../../../../../src/core/checklist';
import type { FailureKind } from '../../../../../src/core/kinds';
import { cause, diagnosis } from '../fixtures';

const OLD_CHROMIUM = String(CURRENT_MAJOR_AT_BUILD.chromium - 20);
const OLD_FIREFOX = `${CURRENT_MAJOR_AT_BUILD.firefox - 13}.0.2`;
const site = (kind: FailureKind) =>
  diagnosis(kind, [cause('site-configuration', 0.6, 'old')], false, 'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH');
const ids = (
  kind: FailureKind,
  browser: 'chrome' | 'edge' | 'chromium' | 'firefox',
  version?: string,
  os: 'windows' | 'android' = 'windows',
) => checklist(site(kind), { browser, os, ...(version === undefined ? {} : { version }) }).map((s) => s.id);

describe('update-browser step', () => {
  it('comes before contacting the site owner when an old browser meets a version or cipher failure', () => {
    for (const kind of ['protocol-mismatch', 'protocol-error'] as const) {
      const list = ids(kind, 'chrome', OLD_CHROMIUM);
      expect(list, kind).toContain('update-browser');
      expect(list.indexOf('update-browser')).toBeLessThan(list.indexOf('site-owner'));
    }
    expect(ids('protocol-mismatch', 'firefox', OLD_FIREFOX)).toContain('update-browser');
  });

  it('says how to update each browser, names both versions, and offers the About page where it exists', () => {
    const step = (browser: 'chrome' | 'edge' | 'chromium' | 'firefox', version: string, os: 'windows' | 'android' = 'windows') =>
      checklist(site('protocol-mismatch'), { browser, os, version }).find((s) => s.id === 'update-browser');
    expect(step('chrome', OLD_CHROMIUM)?.instructions.map((t) => t.key)).toEqual(['step_update_chrome', 'step_update_os']);
    expect(step('edge', OLD_CHROMIUM)?.instructions[0]?.key).toBe('step_update_edge');
    expect(step('chromium', OLD_CHROMIUM)?.instructions[0]?.key).toBe('step_update_chromium');
    expect(step('firefox', OLD_FIREFOX)?.instructions[0]?.key).toBe('step_update_firefox');
    expect(step('chrome', OLD_CHROMIUM, 'android')?.instructions[0]?.key).toBe('step_update_android');
    expect(step('chrome', OLD_CHROMIUM)?.why).toEqual([
      { key: 'step_why_outdated_browser', subs: [OLD_CHROMIUM, String(CURRENT_MAJOR_AT_BUILD.chromium)] },
    ]);
    expect(step('chrome', OLD_CHROMIUM)?.actions[0]).toMatchObject({ type: 'open-url', url: 'chrome://settings/help' });
    expect(step('edge', OLD_CHROMIUM)?.actions[0]).toMatchObject({ type: 'open-url', url: 'edge://settings/help' });
    expect(step('firefox', OLD_FIREFOX)?.actions.map((a) => a.type)).toEqual(['retry']);
    expect(step('chrome', OLD_CHROMIUM, 'android')?.actions.map((a) => a.type)).toEqual(['retry']);
  });

  it('is absent for a current browser, an unknown version, or other kinds of failure', () => {
    expect(ids('protocol-mismatch', 'chrome', String(CURRENT_MAJOR_AT_BUILD.chromium - 2))).not.toContain('update-browser');
    expect(ids('protocol-mismatch', 'firefox', `${CURRENT_MAJOR_AT_BUILD.firefox}.8.0`)).not.toContain('update-browser');
    expect(ids('protocol-mismatch', 'chrome')).not.toContain('update-browser');
    expect(ids('protocol-mismatch', 'chrome', '')).not.toContain('update-browser');
    for (const kind of ['cert-date', 'handshake-interrupted', 'client-cert'] as const) {
      expect(ids(kind, 'chrome', OLD_CHROMIUM), kind).not.toContain('update-browser');
    }
  });

  it('comes in even when no site or browser cause is ranked', () => {
    const d = diagnosis('protocol-error', [cause('network', 0.8, 'box')], false);
    expect(checklist(d, { browser: 'chrome', os: 'linux', version: OLD_CHROMIUM }).map((s) => s.id)).toContain('update-browser');
  });
});
