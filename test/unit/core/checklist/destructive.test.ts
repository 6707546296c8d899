// What destructive steps say before their instructions, in every browser, OS, scenario and
// context: how to back up, what is removed, whether the browser restarts or this extension is
// turned off or removed and how to pick up again, all in full sentences in English and Japanese;
// certificate deletion limited to named software; the report and the steps to copy first.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checklist } from '../../../../src/core/checklist';
import { stepsText } from '../../../../src/core/checklist/steps-text';
import type { Step } from '../../../../src/core/checklist/types';
import { BROWSERS, OSES } from '../../../../src/core/kinds';
import type { MessageKey } from '../../../../src/core/message-key';
import type { Text } from '../../../../src/core/text';
import { cause, CONTEXTS, diagnosis, SCENARIOS } from './fixtures';

type Table = Record<string, { message: string }>;
const table = (lang: string, file: string): Table =>
  JSON.parse(readFileSync(new URL(`../../../../src/locales/${lang}/${file}.json`, import.meta.url), 'utf8')) as Table;
const LOCALES = {
  en: { ...table('en', 'checklist'), ...table('en', 'ui') },
  ja: { ...table('ja', 'checklist'), ...table('ja', 'ui') },
};
type Lang = keyof typeof LOCALES;

/** A message as chrome.i18n renders it: $1… replaced by the text's values. */
const say = (lang: Lang, t: Text | MessageKey, ...subs: string[]): string => {
  const { key, subs: values = subs } = typeof t === 'string' ? { key: t } : t;
  return (LOCALES[lang][key]?.message ?? `[missing ${key}]`).replace(/\$([1-9])/g, (_, n: string) => values[Number(n) - 1] ?? '');
};

const RUNS = BROWSERS.flatMap((browser) =>
  OSES.flatMap((os) =>
    SCENARIOS.flatMap(({ diagnosis: d }) => CONTEXTS.map((context) => ({ browser, os, steps: checklist(d, { browser, os }, context) }))),
  ),
);
const destructive = RUNS.flatMap((r) => r.steps.filter((s) => s.destructive).map((step) => ({ ...r, step })));
const where = (r: { browser: string; os: string; step: Step }) => `${r.browser}/${r.os} ${r.step.id}`;
const allTexts = (step: Step): Text[] => [
  step.title,
  ...step.instructions,
  step.verify,
  ...(step.destructive ? [step.destructive.backup, step.destructive.removes, step.destructive.resume] : []),
];

const INTERCEPTION = diagnosis('cert-untrusted', [cause('interception', 0.85, 'issuer')], false);
const certStore = (browser: (typeof BROWSERS)[number], os: (typeof OSES)[number], product?: string): Step => {
  const step = checklist(INTERCEPTION, { browser, os }, product ? { interceptionProduct: product } : {}).find(
    (s) => s.id === 'certificate-store',
  );
  if (!step) throw new Error(`no certificate-store step for ${browser}/${os}`);
  return step;
};

describe('destructive steps', () => {
  it('all carry a backup, what they remove and how to resume, each in full sentences in English and Japanese', () => {
    expect(new Set(destructive.map((d) => d.step.id))).toEqual(new Set(['certificate-store', 'browser-reset']));
    const problems = destructive.flatMap((d) => {
      const notes = d.step.destructive!;
      return (['backup', 'removes', 'resume'] as const).flatMap((field) => {
        const en = say('en', notes[field]);
        const ja = say('ja', notes[field]);
        return [
          ...(/[A-Za-z].*[.]$/s.test(en) ? [] : [`${where(d)} ${field} (en): ${en}`]),
          ...(/[\u3040-\u30ff\u4e00-\u9fff].*。$/su.test(ja) ? [] : [`${where(d)} ${field} (ja): ${ja}`]),
        ];
      });
    });
    expect(problems).toEqual([]);
  });

  it('say what they remove with a verb: no bare list of things (the Firefox, Linux and Android ones were)', () => {
    for (const key of ['step_certstore_firefox_loses', 'step_certstore_linux_loses', 'step_reset_android_loses'] as const)
      expect(say('en', key)).toMatch(/^(Renaming the file|Renaming the database|Clearing the storage) (removes|deletes) /);
    expect(say('en', 'step_certstore_firefox_backup')).toMatch(/^Before you rename anything, copy cert9\.db/);
  });

  it('offer the report and these steps to copy exactly where the page closes, and say so', () => {
    const problems = destructive.flatMap((d) => {
      const offers = d.step.actions.some((a) => a.type === 'copy-report-and-steps');
      const says = say('en', d.step.destructive!.resume).includes('Copy the report and these steps first');
      const closes = say('en', d.step.destructive!.resume).includes('closes this page') || d.step.id === 'browser-reset';
      return offers === says && says === closes ? [] : [`${where(d)}: offers ${offers}, says ${says}, closes ${closes}`];
    });
    expect(problems).toEqual([]);
    // Every reset closes this page; reviewing ChromeOS's certificates does not.
    expect(certStore('chrome', 'chromeos').actions.map((a) => a.type)).not.toContain('copy-report-and-steps');
    expect(certStore('chrome', 'windows').actions[0]?.type).toBe('copy-report-and-steps');
  });

  it('put the button to copy the report and the steps on destructive steps only, holding the whole list', () => {
    for (const r of RUNS) {
      for (const step of r.steps) {
        for (const action of step.actions) {
          if (action.type !== 'copy-report-and-steps') continue;
          expect(step.destructive, where({ ...r, step })).toBeDefined();
          expect(action.steps.map((s) => s.id)).toEqual(r.steps.map((s) => s.id));
          expect(action.steps.map((s) => s.title)).toEqual(r.steps.map((s) => s.title));
          expect(action.steps.every((s) => !('actions' in s))).toBe(true);
        }
      }
    }
  });

  it('say how to pick up again after a reset: turn the extension back on, or add it again', () => {
    const reset = (browser: (typeof BROWSERS)[number], os: (typeof OSES)[number] = 'windows') => {
      const step = checklist(INTERCEPTION, { browser, os }).find((s) => s.id === 'browser-reset');
      return say('en', step!.destructive!.resume);
    };
    expect(reset('chrome')).toMatch(/turns off every extension, Handshake Doctor included/);
    expect(reset('chrome')).toMatch(/open chrome:\/\/extensions, turn Handshake Doctor back on/);
    expect(reset('chrome')).toMatch(/browsing history is kept/);
    expect(reset('edge')).toMatch(/open edge:\/\/extensions, turn Handshake Doctor back on/);
    expect(reset('chromium')).toMatch(/open chrome:\/\/extensions/);
    expect(reset('firefox')).toMatch(/restarts Firefox and removes every extension with its data, Handshake Doctor included/);
    expect(reset('firefox')).toMatch(/add Handshake Doctor to Firefox again/);
    expect(reset('firefox', 'android')).toMatch(/closes the browser .*add it again/);
    expect(
      say('ja', checklist(INTERCEPTION, { browser: 'edge', os: 'windows' }).find((s) => s.id === 'browser-reset')!.destructive!.resume),
    ).toContain('edge://extensions を開いて Handshake Doctor をオンに戻し');
  });

  it('say when they restart the browser', () => {
    expect(say('en', certStore('firefox', 'windows').destructive!.resume)).toMatch(/^This step quits Firefox/);
    for (const os of ['windows', 'macos', 'linux'] as const)
      expect(say('en', certStore('chrome', os).destructive!.resume)).toMatch(/^This step ends with restarting the browser/);
    expect(say('en', certStore('chrome', 'chromeos').destructive!.resume)).toMatch(/does not restart the browser/);
  });
});

describe('certificate store steps', () => {
  const PICKS = [
    ['chrome', 'windows'],
    ['edge', 'windows'],
    ['chrome', 'macos'],
    ['chromium', 'linux'],
    ['chrome', 'chromeos'],
    ['chrome', 'android'],
  ] as const;

  it('warn against deleting a certificate for its unfamiliar name, in English and Japanese, before saying what to look for', () => {
    for (const [browser, os] of PICKS) {
      const step = certStore(browser, os);
      const en = step.instructions.map((t) => say('en', t));
      const ja = step.instructions.map((t) => say('ja', t));
      const warning = en.findIndex((line) =>
        /^Don’t (delete|remove) a certificate just because you do not recognise its name; if unsure, stop and ask whoever manages this (computer|phone)\.$/.test(
          line,
        ),
      );
      expect(warning, `${browser}/${os}`).toBeGreaterThanOrEqual(0);
      expect(ja[warning], `${browser}/${os}`).toMatch(
        /^名前に見覚えがないというだけで証明書を削除しないでください。迷ったら作業を止めて、この(パソコン|デバイス)の管理者に相談してください。$/,
      );
      expect(
        en.findIndex((line) => /plainly named after/.test(line)),
        `${browser}/${os}`,
      ).toBe(warning + 1);
    }
    expect(
      say(
        'ja',
        certStore('chrome', 'windows').instructions.find((t) => t.key === 'step_certstore_dont_guess')!,
      ),
    ).toContain('パソコン');
    expect(
      say(
        'ja',
        certStore('chrome', 'android').instructions.find((t) => t.key === 'step_certstore_dont_guess_android')!,
      ),
    ).toContain('デバイス');
  });

  it('never invite deleting what is merely unrecognised or recent, in any browser, OS or context', () => {
    const offending = /appeared recently|you do not recogni[sz]e(?! its name)|最近追加|心当たりのない/;
    const problems = RUNS.flatMap((r) =>
      r.steps
        .filter((s) => s.id === 'certificate-store')
        .flatMap((s) => allTexts(s).flatMap((t) => (['en', 'ja'] as const).map((lang) => say(lang, t))))
        .filter((line) => offending.test(line)),
    );
    expect(problems).toEqual([]);
  });

  it('name the detected product as the certificate to look for, and only when one was detected', () => {
    for (const [browser, os] of PICKS) {
      const named = certStore(browser, os, 'Kaspersky').instructions.map((t) => say('en', t));
      expect(named, `${browser}/${os}`).toContain(
        'The connection showed a certificate from Kaspersky: look for one whose name includes “Kaspersky”, and delete it only if you no longer use Kaspersky.',
      );
      expect(certStore(browser, os).instructions.map((t) => t.key)).not.toContain('step_certstore_product');
    }
  });

  it("keep Firefox's cert9.db rename as a whole-database step, without the per-certificate warning", () => {
    const keys = certStore('firefox', 'linux').instructions.map((t) => t.key);
    expect(keys).toContain('step_certstore_firefox_rename');
    expect(keys).not.toContain('step_certstore_dont_guess');
  });
});

describe('the TLS step in Chrome, Edge and other Chromium browsers', () => {
  const SETTINGS = diagnosis('protocol-mismatch', [cause('browser-settings', 0.8, 'prefs')], false);

  it('mention no SSLVersionMin policy, open no policy page, and suggest no malware scan', () => {
    for (const browser of ['chrome', 'edge', 'chromium'] as const) {
      for (const os of OSES) {
        const step = checklist(SETTINGS, { browser, os }).find((s) => s.id === 'tls-settings');
        if (!step) continue;
        const texts = [...allTexts(step), ...step.actions.map((a) => a.label)].flatMap((t) => [say('en', t), say('ja', t)]);
        expect(
          texts
            .filter((line) => /SSLVersionMin|policy|malware|ポリシー|マルウェア/i.test(line))
            .filter((l) => !/no policy that lowers|下げるポリシーもありません/.test(l)),
          `${browser}/${os}`,
        ).toEqual([]);
        expect(
          step.actions.map((a) => a.type),
          `${browser}/${os}`,
        ).toEqual(['retry']);
      }
    }
  });

  it("leave Firefox's about:config step as it was", () => {
    const step = checklist(SETTINGS, { browser: 'firefox', os: 'windows' }).find((s) => s.id === 'tls-settings')!;
    expect(step.actions.filter((a) => a.type === 'copy').map((a) => (a.type === 'copy' ? a.text : ''))).toEqual([
      'about:config',
      'security.tls.version.min',
      'security.tls.version.max',
    ]);
    expect(step.verify.key).toBe('step_tls_verify');
  });
});

describe('stepsText', () => {
  it('writes each step with its notes before its instructions, in the order of the list', () => {
    const steps = checklist(INTERCEPTION, { browser: 'firefox', os: 'windows' });
    const out = stepsText(steps, (t, ...subs) => say('en', t, ...subs));
    const reset = steps.findIndex((s) => s.id === 'browser-reset');
    const lines = out.split('\n');
    const title = lines.indexOf(`${reset + 1}. Refresh Firefox (last resort)`);
    expect(title).toBeGreaterThan(0);
    const at = (text: string) => lines.findIndex((l, i) => i > title && l.includes(text));
    expect(at('Before you start')).toBe(title + 1);
    expect(at('Sign in to a Mozilla account')).toBeLessThan(at('What this removes'));
    expect(at('Refresh Firefox restarts Firefox')).toBeLessThan(at('What this removes'));
    expect(at('What this removes')).toBeLessThan(at('Extensions and themes'));
    expect(at('Extensions and themes')).toBeLessThan(at('- Type about:support'));
    // A step that destroys nothing has no notes.
    const first = lines.indexOf(`1. ${say('en', steps[0]!.title)}`);
    expect(lines[first + 1]).not.toContain('Before you start');
    expect(out.startsWith('What to do, in order\n')).toBe(true);
    expect(steps.every((s, i) => lines.includes(`${i + 1}. ${say('en', s.title)}`))).toBe(true);
  });
});
