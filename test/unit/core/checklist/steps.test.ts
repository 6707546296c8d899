// What the steps say: why-lines from the diagnosis, named products and extensions, exact
// browser-specific text, and the rules that choose and order steps.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checklist, SECONDARY_MIN_CONFIDENCE } from '../../../../src/core/checklist';
import type { Diagnosis } from '../../../../src/core/diagnose/types';
import type { Step } from '../../../../src/core/checklist/types';
import { cause, diagnosis, SCENARIOS } from './fixtures';

const en = JSON.parse(readFileSync(new URL('../../../../src/locales/en/checklist.json', import.meta.url), 'utf8')) as Record<
  string,
  { message: string }
>;

const find = (steps: Step[], id: string): Step => {
  const step = steps.find((s) => s.id === id);
  if (!step) throw new Error(`no step ${id} in ${steps.map((s) => s.id).join(', ')}`);
  return step;
};
const keys = (step: Step): string[] => step.instructions.map((t) => t.key);

const CLOCK = SCENARIOS[0]!.diagnosis;
const INTERCEPTION = diagnosis('cert-untrusted', [cause('interception', 0.85, 'issuer')], false);
const BROWSER_SETTINGS = diagnosis('protocol-mismatch', [cause('browser-settings', 0.8, 'prefs')], false);
const SITE = diagnosis('cert-date', [cause('site-certificate', 0.9, 'expired')], false, 'net::ERR_CERT_DATE_INVALID');

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('why-lines', () => {
  it('cite the cause in plain words, then its evidence lines', () => {
    const step = find(checklist(CLOCK, { browser: 'chrome', os: 'windows' }), 'clock');
    expect(step.why.map((t) => t.key)).toEqual(['step_why_system_clock', 'evidence_test_skew']);
    expect(step.why[1]).toBe(CLOCK.causes[0]!.evidence[0]);
  });

  it('say why narrowing down comes first', () => {
    const uncertain = diagnosis('tls-unknown', [cause('unknown', 0.3)], true);
    expect(find(checklist(uncertain, { browser: 'edge', os: 'windows' }), 'narrow-down').why[0]?.key).toBe('step_why_narrow_uncertain');
    expect(find(checklist(INTERCEPTION, { browser: 'edge', os: 'windows' }), 'narrow-down').why[0]?.key).toBe('step_why_narrow_local');
  });

  it('mark destructive steps as the last resort', () => {
    const steps = checklist(INTERCEPTION, { browser: 'firefox', os: 'linux' });
    for (const id of ['certificate-store', 'browser-reset'])
      expect(find(steps, id).why.map((t) => t.key)).toEqual(['step_why_last_resort', 'step_why_interception']);
  });

  it('explain a TLS-settings check that no ranked cause brought in', () => {
    const open = diagnosis('protocol-mismatch', [cause('site-configuration', 0.5)], true);
    expect(find(checklist(open, { browser: 'chrome', os: 'macos' }), 'tls-settings').why.map((t) => t.key)).toEqual([
      'step_why_protocol_mismatch',
    ]);
  });
});

describe('a named interceptor', () => {
  const named = (product: string): Diagnosis => ({ ...INTERCEPTION, product });
  const ids = (steps: Step[]) => steps.map((s) => s.id);

  it('puts the product’s step first, with where its switch is', () => {
    const steps = checklist(named('Kaspersky'), { browser: 'firefox', os: 'windows' }, { interceptionProduct: 'Kaspersky' });
    expect(ids(steps)[0]).toBe('security-software');
    expect(keys(steps[0]!)).toEqual([
      'step_security_open_product',
      'step_security_switch_kaspersky',
      'step_security_disable',
      'step_security_update',
      'step_security_managed',
    ]);
    const eset = checklist(named('ESET'), { browser: 'chrome', os: 'windows' }, { interceptionProduct: 'ESET' });
    expect(keys(eset[0]!)[1]).toBe('step_security_switch_eset');
    const avast = checklist(named('Avast'), { browser: 'chrome', os: 'macos' }, { interceptionProduct: 'Avast' });
    expect(keys(avast[0]!)[1]).toBe('step_security_switch_avast');
  });

  it('gives products whose menus it does not know the generic names of the feature', () => {
    const steps = checklist(named('Norton'), { browser: 'chrome', os: 'windows' }, { interceptionProduct: 'Norton' });
    expect(keys(steps[0]!)[1]).toBe('step_security_feature');
    const chromiumName = checklist(
      named('Avast Antivirus'),
      { browser: 'chrome', os: 'windows' },
      { interceptionProduct: 'Avast Antivirus' },
    );
    expect(keys(chromiumName[0]!)[1]).toBe('step_security_feature');
  });

  it('sends a gateway’s exemption to whoever runs it', () => {
    const steps = checklist(named('Zscaler'), { browser: 'edge', os: 'windows' }, { interceptionProduct: 'Zscaler' });
    expect(ids(steps)[0]).toBe('security-software');
    expect(steps[0]!.instructions).toEqual([
      { key: 'step_security_gateway', subs: ['Zscaler'] },
      { key: 'step_security_gateway_own', subs: ['Zscaler'] },
    ]);
  });

  it('puts the proxy step first for a named proxy extension', () => {
    const steps = checklist(named('Hola VPN'), { browser: 'chrome', os: 'linux' }, { proxyExtensionName: 'Hola VPN' });
    expect(ids(steps).slice(0, 2)).toEqual(['proxy', 'security-software']);
  });

  it('still narrows down first when nobody is named or the verdict is open', () => {
    expect(ids(checklist(INTERCEPTION, { browser: 'chrome', os: 'windows' }))[0]).toBe('narrow-down');
    const open = { ...named('Kaspersky'), uncertain: true };
    expect(ids(checklist(open, { browser: 'chrome', os: 'windows' }, { interceptionProduct: 'Kaspersky' }))[0]).toBe('narrow-down');
  });
});

describe('names from the context', () => {
  it('name the intercepting product in the title, why and instructions', () => {
    const steps = checklist(INTERCEPTION, { browser: 'chrome', os: 'windows' }, { interceptionProduct: ' Avast Antivirus ' });
    const step = find(steps, 'security-software');
    expect(step.title).toEqual({ key: 'step_security_title_product', subs: ['Avast Antivirus'] });
    expect(step.why[0]).toEqual({ key: 'step_why_interception_product', subs: ['Avast Antivirus'] });
    expect(step.instructions[0]).toEqual({ key: 'step_security_open_product', subs: ['Avast Antivirus'] });
    const mobile = find(
      checklist(INTERCEPTION, { browser: 'firefox', os: 'android' }, { interceptionProduct: 'Avast Antivirus' }),
      'security-software',
    );
    expect(mobile.instructions).toContainEqual({ key: 'step_security_mobile_product', subs: ['Avast Antivirus'] });
  });

  it('name the proxy extension and check the proxy first when it is the only lead', () => {
    const steps = checklist(INTERCEPTION, { browser: 'firefox', os: 'windows' }, { proxyExtensionName: 'Hola VPN' });
    expect(steps.map((s) => s.id).slice(0, 3)).toEqual(['narrow-down', 'proxy', 'security-software']);
    expect(find(steps, 'proxy').instructions[0]).toEqual({ key: 'step_proxy_extension', subs: ['Hola VPN'] });
    expect(find(steps, 'extensions').instructions).toContainEqual({ key: 'step_extensions_proxy_named', subs: ['Hola VPN'] });
    expect(find(steps, 'extensions').why).toContainEqual({ key: 'step_why_proxy_extension', subs: ['Hola VPN'] });
  });

  it('name the product only where it matters: the security software and the certificate store', () => {
    const steps = checklist(INTERCEPTION, { browser: 'chrome', os: 'windows' }, { interceptionProduct: 'Zscaler' });
    const named = steps.filter((s) => s.why.some((t) => t.key === 'step_why_interception_product')).map((s) => s.id);
    expect(named).toEqual(['security-software', 'certificate-store']);
    expect(find(steps, 'proxy').why[0]).toEqual({ key: 'step_why_interception' });
  });

  it('keep the scanning product first when both are known, and ignore blank names', () => {
    const both = checklist(
      INTERCEPTION,
      { browser: 'chrome', os: 'macos' },
      { interceptionProduct: 'Zscaler', proxyExtensionName: 'Hola VPN' },
    );
    expect(both.map((s) => s.id)[1]).toBe('security-software');
    const blank = checklist(INTERCEPTION, { browser: 'chrome', os: 'macos' }, { interceptionProduct: '  ', proxyExtensionName: '' });
    expect(blank).toEqual(checklist(INTERCEPTION, { browser: 'chrome', os: 'macos' }));
  });
});

describe('browser- and OS-specific text', () => {
  it('gives Firefox about:config with the exact pref names to copy, never to open', () => {
    const step = find(checklist(BROWSER_SETTINGS, { browser: 'firefox', os: 'windows' }), 'tls-settings');
    expect(step.actions.filter((a) => a.type === 'copy').map((a) => (a.type === 'copy' ? a.text : ''))).toEqual([
      'about:config',
      'security.tls.version.min',
      'security.tls.version.max',
    ]);
    expect(en.step_tls_firefox_values?.message).toContain('1 = TLS 1.0, 2 = TLS 1.1, 3 = TLS 1.2, 4 = TLS 1.3');
    expect(en.step_tls_firefox_values?.message).toContain('3 as the minimum');
  });

  it("starts Firefox's TLS step with its own page's Restore default settings, then about:config by hand", () => {
    const step = find(checklist(BROWSER_SETTINGS, { browser: 'firefox', os: 'linux' }), 'tls-settings');
    expect(keys(step).slice(0, 3)).toEqual(['step_tls_firefox_restore', 'step_tls_firefox_by_hand', 'step_tls_firefox_open']);
    expect(step.actions[0]).toEqual({ type: 'show-native', label: { key: 'step_action_show_firefox_page' } });
    expect(en.step_tls_firefox_restore?.message).toContain('Restore default settings');
    const chrome = find(checklist(BROWSER_SETTINGS, { browser: 'chrome', os: 'linux' }), 'tls-settings');
    expect(chrome.actions.map((a) => a.type)).not.toContain('show-native');
  });

  it('tells Chromium browsers they have no TLS setting to change, and who is left when only some sites fail', () => {
    for (const browser of ['chrome', 'edge', 'chromium'] as const) {
      const win = find(checklist(BROWSER_SETTINGS, { browser, os: 'windows' }), 'tls-settings');
      expect(win.title.key).toBe('step_tls_title_chromium');
      expect(keys(win)).toEqual(['step_tls_chromium_internet_options', 'step_tls_chromium_no_setting', 'step_tls_chromium_some_sites']);
      // No policy lowers TLS any more (SSLVersionMin: ignored since Edge 98, no lower than TLS 1.2 in Chrome).
      expect(win.actions.map((a) => a.type)).toEqual(['retry']);
      expect(win.verify.key).toBe('step_tls_verify_chromium');
      const mac = find(checklist(BROWSER_SETTINGS, { browser, os: 'macos' }), 'tls-settings');
      expect(keys(mac)).toEqual(['step_tls_chromium_no_setting', 'step_tls_chromium_some_sites']);
    }
    expect(en.step_tls_chromium_some_sites?.message).toMatch(
      /only some sites .* the site, or a security product or proxy that does not speak modern TLS/,
    );
    expect(find(checklist(BROWSER_SETTINGS, { browser: 'firefox', os: 'windows' }), 'tls-settings').title.key).toBe('step_tls_title');
  });

  it('renames cert9.db (not cert8.db) in Firefox, and the NSS database for Chromium on Linux', () => {
    const firefox = find(checklist(INTERCEPTION, { browser: 'firefox', os: 'macos' }), 'certificate-store');
    expect(keys(firefox)).toContain('step_certstore_firefox_rename');
    expect(en.step_certstore_firefox_rename?.message).toMatch(/rename cert9\.db to cert9\.db\.old/);
    expect(firefox.actions).toContainEqual(expect.objectContaining({ type: 'copy', text: 'about:support' }));
    const linux = find(checklist(INTERCEPTION, { browser: 'chromium', os: 'linux' }), 'certificate-store');
    expect(linux.actions).toContainEqual(expect.objectContaining({ type: 'copy', text: 'mv ~/.pki/nssdb ~/.pki/nssdb.old' }));
    expect(linux.actions).toContainEqual(expect.objectContaining({ type: 'open-url', url: 'chrome://certificate-manager/' }));
    const windows = find(checklist(INTERCEPTION, { browser: 'edge', os: 'windows' }), 'certificate-store');
    expect(windows.actions).toContainEqual(expect.objectContaining({ type: 'copy', text: 'certmgr.msc' }));
    expect(windows.actions).toContainEqual(expect.objectContaining({ type: 'open-url', url: 'edge://settings/privacy' }));
  });

  it("uses Firefox's own labels for the profile folder on each desktop OS (ChromeOS runs the Linux build)", () => {
    const first = (os: 'windows' | 'macos' | 'linux' | 'chromeos') =>
      keys(find(checklist(INTERCEPTION, { browser: 'firefox', os }), 'certificate-store')).slice(0, 2);
    expect(first('windows')).toEqual(['step_certstore_firefox_open_windows', 'step_certstore_firefox_quit_windows']);
    expect(first('macos')).toEqual(['step_certstore_firefox_open_macos', 'step_certstore_firefox_quit_macos']);
    expect(first('linux')).toEqual(['step_certstore_firefox_open_linux', 'step_certstore_firefox_quit_linux']);
    expect(first('chromeos')).toEqual(first('linux'));
  });

  it('resets each browser its own way', () => {
    const reset = (browser: 'chrome' | 'edge' | 'chromium' | 'firefox', os: 'windows' | 'android' = 'windows') =>
      find(checklist(INTERCEPTION, { browser, os }), 'browser-reset');
    // The report and the steps to copy come first: each reset closes this page.
    for (const browser of ['chrome', 'edge', 'chromium', 'firefox'] as const)
      expect(reset(browser).actions[0]?.type).toBe('copy-report-and-steps');
    expect(reset('chrome').actions[1]).toMatchObject({ type: 'open-url', url: 'chrome://settings/reset' });
    expect(reset('edge').actions[1]).toMatchObject({ type: 'open-url', url: 'edge://settings/reset' });
    expect(reset('chromium').actions[1]).toMatchObject({ type: 'open-url', url: 'chrome://settings/reset' });
    expect(reset('firefox').actions[1]).toMatchObject({ type: 'copy', text: 'about:support' });
    expect(reset('firefox').destructive?.removes.key).toBe('step_reset_firefox_loses');
    expect(reset('chrome', 'android').title.key).toBe('step_reset_title_android');
  });

  it('uses per-OS clock instructions, with the timedatectl command to copy on Linux', () => {
    const first = (os: 'windows' | 'macos' | 'linux' | 'chromeos' | 'android') =>
      keys(find(checklist(CLOCK, { browser: 'chrome', os }), 'clock'))[0];
    expect(first('windows')).toBe('step_clock_windows_open');
    expect(first('macos')).toBe('step_clock_macos_open');
    expect(first('chromeos')).toBe('step_clock_chromeos_open');
    expect(first('android')).toBe('step_clock_android_open');
    const linux = find(checklist(CLOCK, { browser: 'firefox', os: 'linux' }), 'clock');
    expect(linux.actions[0]).toMatchObject({ type: 'copy', text: 'sudo timedatectl set-ntp true' });
  });

  it('shows Firefox the text to copy for its add-ons page, and Chromium browsers their extensions page', () => {
    expect(find(checklist(INTERCEPTION, { browser: 'firefox', os: 'linux' }), 'extensions').actions[0]).toMatchObject({
      type: 'copy',
      text: 'about:addons',
    });
    expect(find(checklist(INTERCEPTION, { browser: 'edge', os: 'macos' }), 'extensions').actions[0]).toMatchObject({
      type: 'open-url',
      url: 'edge://extensions',
    });
  });

  it('has the site-owner step warn against entering secrets and carry the details to send', () => {
    const step = find(checklist(SITE, { browser: 'firefox', os: 'windows' }), 'site-owner');
    expect(step.title.key).toBe('step_site_title');
    expect(step.instructions).toContainEqual({ key: 'step_site_no_secrets' });
    expect(step.instructions[0]).toEqual({ key: 'step_site_certificate_explain', subs: ['shop.example'] });
    expect(step.instructions).toContainEqual({ key: 'step_site_contact', subs: ['shop.example', 'net::ERR_CERT_DATE_INVALID'] });
    expect(step.actions[0]).toMatchObject({ type: 'copy', text: 'shop.example: net::ERR_CERT_DATE_INVALID' });
  });
});

describe('choosing and ordering', () => {
  it('returns nothing for failures that are not TLS', () => {
    expect(checklist(diagnosis('not-tls', [cause('network', 0.9)], false), { browser: 'chrome', os: 'linux' })).toEqual([]);
  });

  it(`drops lesser causes below ${SECONDARY_MIN_CONFIDENCE} under a firm verdict, keeps them when uncertain`, () => {
    const make = (uncertain: boolean): Diagnosis =>
      diagnosis('cert-untrusted', [cause('site-certificate', 0.85), cause('interception', 0.15)], uncertain);
    expect(checklist(make(false), { browser: 'chrome', os: 'windows' }).map((s) => s.id)).toEqual(['site-owner']);
    expect(checklist(make(true), { browser: 'chrome', os: 'windows' }).map((s) => s.id)).toContain('security-software');
  });

  it('shows the site owner only when a site cause is the verdict, the verdict is open, or the clock is the verdict', () => {
    const firmProxy = diagnosis('cert-untrusted', [cause('interception', 0.6), cause('site-certificate', 0.4)], false);
    expect(checklist(firmProxy, { browser: 'chrome', os: 'windows' }).map((s) => s.id)).not.toContain('site-owner');
    // A clock verdict rests on servers' Date headers: the site stays a possibility, with its warning.
    const firmClock = diagnosis('cert-date', [cause('system-clock', 0.95), cause('site-certificate', 0.45)], false);
    const steps = checklist(firmClock, { browser: 'chrome', os: 'windows' });
    expect(steps.map((s) => s.id)).toEqual(['clock', 'site-owner']);
    const owner = steps.find((s) => s.id === 'site-owner')!;
    expect(owner.title.key).toBe('step_site_title_possible');
    expect(owner.instructions.map((t) => t.key)).toContain('step_site_no_secrets');
  });

  it('follows confidence when the causes arrive unsorted', () => {
    const unsorted = diagnosis('protocol-mismatch', [cause('site-configuration', 0.3), cause('browser-settings', 0.6)], true);
    expect(checklist(unsorted, { browser: 'chrome', os: 'windows' }).map((s) => s.id)).toEqual([
      'narrow-down',
      'tls-settings',
      'site-owner',
      'browser-reset',
    ]);
  });

  it('puts the clock first when it was measured wrong or the explanation leaves it open, else at the rank of its cause', () => {
    const ids = (d: Diagnosis) => checklist(d, { browser: 'chrome', os: 'windows' }).map((s) => s.id);
    const open = [cause('site-certificate', 0.45), cause('system-clock', 0.3)];
    expect(ids(diagnosis('cert-date', open, true))[0]).toBe('clock');
    expect(ids(diagnosis('cert-untrusted', open, true, 'net::ERR_CERT_AUTHORITY_INVALID', 'wrong'))[0]).toBe('clock');
    // Nothing about this failure mentions the clock: narrowing down leads, the clock follows its cause.
    const vague = ids(diagnosis('tls-unknown', [cause('network', 0.45), cause('system-clock', 0.3)], true));
    expect(vague[0]).toBe('narrow-down');
    expect(vague).toContain('clock');
    expect(ids(diagnosis('cert-date', open, true, 'net::ERR_CERT_DATE_INVALID', 'verified'))).not.toContain('clock');
  });

  it('never shows the clock for a version or cipher mismatch', () => {
    const odd = diagnosis('protocol-mismatch', [cause('site-configuration', 0.6), cause('system-clock', 0.4)], false);
    expect(checklist(odd, { browser: 'firefox', os: 'windows' }).map((s) => s.id)).toEqual(['site-owner']);
  });

  it('falls back to narrowing down when nothing else applies or no cause is listed', () => {
    const odd = diagnosis('protocol-mismatch', [cause('system-clock', 0.9)], false);
    expect(checklist(odd, { browser: 'chrome', os: 'windows' }).map((s) => s.id)).toEqual(['narrow-down']);
    const empty = diagnosis('tls-unknown', [], false);
    expect(checklist(empty, { browser: 'chrome', os: 'windows' }).map((s) => s.id)).toEqual([
      'narrow-down',
      'certificate-store',
      'browser-reset',
    ]);
  });

  it('is pure: frozen input, same output every time', () => {
    for (const { diagnosis: d } of SCENARIOS) {
      const frozen = deepFreeze(structuredClone(d));
      const a = checklist(frozen, { browser: 'edge', os: 'windows' }, { interceptionProduct: 'Zscaler' });
      expect(checklist(frozen, { browser: 'edge', os: 'windows' }, { interceptionProduct: 'Zscaler' })).toEqual(a);
      expect(frozen).toEqual(d);
    }
  });
});

describe('corporate root (Firefox, an unknown issuer on several unrelated sites)', () => {
  const shared = (code: string) =>
    diagnosis(
      'cert-untrusted',
      [
        {
          cause: 'interception',
          confidence: 0.7,
          rule: 'shared-untrusted-issuer',
          evidence: [{ key: 'ev_shared_issuer', subs: ['3', '2'] }],
        },
      ],
      false,
      code,
    );
  const SHARED = shared('SEC_ERROR_UNKNOWN_ISSUER');
  const ids = (steps: Step[]) => steps.map((s) => s.id);

  it('comes first among the interception steps, with the settings checkbox and the pref on Windows and macOS', () => {
    for (const os of ['windows', 'macos'] as const) {
      const steps = checklist(SHARED, { browser: 'firefox', os });
      expect(ids(steps).slice(0, 3)).toEqual(['narrow-down', 'corporate-root', 'security-software']);
      const step = find(steps, 'corporate-root');
      expect(keys(step)).toEqual(['step_corproot_when', 'step_corproot_option', 'step_corproot_pref', 'step_corproot_not_company']);
      expect(step.actions.map((a) => (a.type === 'copy' ? a.text : a.type))).toEqual([
        'about:preferences#privacy',
        'about:config',
        'security.enterprise_roots.enabled',
        'retry',
      ]);
    }
    expect(en.step_corproot_option?.message).toContain('automatically trust third-party root certificates you install');
    expect(en.step_corproot_pref?.message).toContain('Firefox 120');
  });

  it('imports the root or uses the Certificates policy on Linux, where there is no checkbox', () => {
    const step = find(checklist(SHARED, { browser: 'firefox', os: 'linux' }), 'corporate-root');
    expect(keys(step)).toEqual([
      'step_corproot_when',
      'step_corproot_linux_import',
      'step_corproot_linux_policy',
      'step_corproot_not_company',
    ]);
    expect(step.actions.map((a) => (a.type === 'copy' ? a.text : a.type))).toEqual(['about:preferences#privacy', 'retry']);
    expect(en.step_corproot_linux_policy?.message).toContain('Certificates');
  });

  it('says when it is right (a company device, Chrome works) and when not (unknown software: malware first)', () => {
    expect(en.step_corproot_when?.message).toMatch(/company.*Chrome/);
    expect(en.step_corproot_not_company?.message).toMatch(/malware first/);
  });

  it('is absent in Chromium browsers, on Android, when a product is known, for one site, or for other errors', () => {
    expect(ids(checklist(SHARED, { browser: 'chrome', os: 'windows' }))).not.toContain('corporate-root');
    expect(ids(checklist(SHARED, { browser: 'firefox', os: 'android' }))).not.toContain('corporate-root');
    expect(ids(checklist(SHARED, { browser: 'firefox', os: 'windows' }, { interceptionProduct: 'Kaspersky' }))).not.toContain(
      'corporate-root',
    );
    const oneSite = diagnosis('cert-untrusted', [cause('interception', 0.85, 'issuer')], false, 'SEC_ERROR_UNKNOWN_ISSUER');
    expect(ids(checklist(oneSite, { browser: 'firefox', os: 'windows' }))).not.toContain('corporate-root');
    expect(ids(checklist(shared('MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT'), { browser: 'firefox', os: 'linux' }))).not.toContain(
      'corporate-root',
    );
    expect(ids(checklist(shared('MOZILLA_PKIX_ERROR_MITM_DETECTED'), { browser: 'firefox', os: 'linux' }))).toContain('corporate-root');
  });
});
