// The middlebox step: per browser, the post-quantum test (Firefox desktop) or the word that there
// is no switch (Chromium browsers), the report for the administrator, and when it appears at all.
import { describe, expect, it } from 'vitest';
import { checklist } from '../../../../../src/core/checklist';
import type { Step } from '../../../../../src/core/checklist/types';
import { cause, diagnosis } from '../fixtures';

const RESET = diagnosis(
  'handshake-interrupted',
  [{ ...cause('network', 0.9, 'repeat'), rule: 'middlebox' }],
  false,
  'net::ERR_CONNECTION_RESET',
);
const DOWNGRADE = diagnosis(
  'interception-detected',
  [{ ...cause('network', 0.85, 'downgrade'), rule: 'tls13-downgrade' }, cause('interception', 0.54)],
  false,
  'net::ERR_TLS13_DOWNGRADE_DETECTED',
);
/** A network verdict from another rule (e.g. several sites cut off): no middlebox step. */
const PLAIN_NETWORK = diagnosis('handshake-interrupted', [{ ...cause('network', 0.7, 'others'), rule: 'interrupted' }], false);

const step = (steps: Step[]): Step | undefined => steps.find((s) => s.id === 'middlebox');
const keys = (s: Step | undefined): string[] => s?.instructions.map((t) => t.key) ?? [];
const copied = (s: Step | undefined): string[] => s?.actions.flatMap((a) => (a.type === 'copy' ? [a.text] : [])) ?? [];

describe('middlebox step', () => {
  it('gives Firefox on a computer the post-quantum test, with the prefs to copy, and says to undo it', () => {
    const s = step(checklist(RESET, { browser: 'firefox', os: 'windows' }));
    expect(keys(s)).toEqual([
      'step_middlebox_other_network',
      'step_middlebox_firefox_open',
      'step_middlebox_firefox_test',
      'step_middlebox_firefox_back',
      'step_middlebox_admin',
      'step_middlebox_home',
    ]);
    expect(copied(s).slice(0, 3)).toEqual(['about:config', 'security.tls.enable_kyber', 'network.http.http3.enable_kyber']);
  });

  it('tells Chrome, Edge and Chromium that there is no switch, and offers no pref', () => {
    for (const browser of ['chrome', 'edge', 'chromium'] as const) {
      const s = step(checklist(RESET, { browser, os: 'macos' }));
      expect(keys(s)).toContain('step_middlebox_chromium_no_switch');
      expect(keys(s).some((k) => k.includes('firefox'))).toBe(false);
      expect(copied(s).some((t) => t.includes('kyber'))).toBe(false);
    }
  });

  it('has no about:config test on Firefox for Android, and the phone wording for another network', () => {
    const s = step(checklist(RESET, { browser: 'firefox', os: 'android' }));
    expect(keys(s)).toEqual([
      'step_middlebox_other_network_android',
      'step_middlebox_firefox_android',
      'step_middlebox_admin',
      'step_middlebox_home',
    ]);
  });

  it('carries a report for the administrator naming the site, the error and the ML-KEM key share', () => {
    const s = step(checklist(RESET, { browser: 'chrome', os: 'windows' }));
    const report = copied(s).at(-1) ?? '';
    expect(report).toMatch(/^shop\.example: net::ERR_CONNECTION_RESET \(/);
    expect(report).toContain('X25519MLKEM768');
    expect(s?.instructions.find((t) => t.key === 'step_middlebox_admin')?.subs).toEqual(['shop.example']);
  });

  it('for a TLS 1.3 downgrade asks for the decrypting device to be updated, without the post-quantum test', () => {
    for (const browser of ['firefox', 'chrome'] as const) {
      const s = step(checklist(DOWNGRADE, { browser, os: 'linux' }));
      expect(s?.title.key).toBe('step_middlebox_title_downgrade');
      expect(keys(s)).toEqual(['step_middlebox_other_network', 'step_middlebox_admin', 'step_middlebox_home']);
      expect(copied(s).at(-1)).toContain('TLS 1.3 downgrade');
    }
  });

  it('leads the network steps', () => {
    const ids = checklist(RESET, { browser: 'chrome', os: 'windows' }).map((s) => s.id);
    expect(ids.indexOf('middlebox')).toBeLessThan(ids.indexOf('network-filter'));
    expect(ids.indexOf('middlebox')).toBeLessThan(ids.indexOf('captive-portal'));
  });

  it('is absent when no middlebox rule ranked the network cause', () => {
    expect(step(checklist(PLAIN_NETWORK, { browser: 'firefox', os: 'windows' }))).toBeUndefined();
    expect(
      step(checklist(diagnosis('cert-untrusted', [cause('interception', 0.9)], false), { browser: 'chrome', os: 'windows' })),
    ).toBeUndefined();
  });
});
