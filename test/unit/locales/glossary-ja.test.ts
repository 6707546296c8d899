// Every Japanese message follows the glossary (test/unit/locales/glossary-ja.ts, docs/glossary-ja.md):
// one word per concept on every screen, whichever fragment the message comes from.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../../build/locales';
import { GLOSSARY_JA, QUOTED_UI_LABELS, type GlossaryRule } from './glossary-ja';

interface Message {
  file: string;
  key: string;
  text: string;
}

const messagesIn = (dir: string): Message[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((file) =>
      Object.entries(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, { message: string }>).map(
        ([key, { message }]) => ({
          file,
          key,
          text: message,
        }),
      ),
    );

/** The message with quoted labels of other products blanked out (same length, so positions hold). */
const withoutQuotedLabels = (text: string) =>
  QUOTED_UI_LABELS.reduce((t, label) => t.replaceAll(label, '\u3000'.repeat(label.length)), text);

const spans = (text: string, patterns: readonly RegExp[] = []) =>
  patterns.flatMap((p) => [...text.matchAll(new RegExp(p.source, 'g'))].map((m) => [m.index, m.index + m[0].length] as const));

/** Each use of a forbidden variant in the message, as `file:key: «…context…»`. */
function findings(rule: GlossaryRule, { file, key, text }: Message): string[] {
  if (rule.appliesTo && !rule.appliesTo(file, key)) return [];
  if (rule.allowedKeys?.test(key)) return [];
  const checked = withoutQuotedLabels(text);
  const allowed = spans(checked, rule.allowed);
  return [...checked.matchAll(new RegExp(rule.forbidden.source, rule.forbidden.flags))]
    .filter((m) => !allowed.some(([start, end]) => start <= m.index && m.index + m[0].length <= end))
    .map((m) => `${file}:${key}: «${text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12)}»`);
}

/** The store texts in Japanese (store/), one message per line: a listing reads as the extension does. */
const STORE_DIR = join(import.meta.dirname, '../../../store');
const storeTexts = (): Message[] =>
  ['privacy-policy.ja.md', 'listing/ja.md'].flatMap((file) =>
    readFileSync(join(STORE_DIR, file), 'utf8')
      // Reviewers' source notes and code spans (setting keys, URLs) are not prose.
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/`[^`]*`/g, '')
      .split('\n')
      .map((text, i) => ({ file: `store/${file}`, key: `line ${i + 1}`, text })),
  );

const japanese = [...messagesIn(join(LOCALES_DIR, 'ja')), ...storeTexts()];

describe('the Japanese glossary', () => {
  for (const rule of GLOSSARY_JA) {
    it(`${rule.concept}: ${rule.chosen}`, () => {
      expect(japanese.flatMap((m) => findings(rule, m))).toEqual([]);
    });
  }
});

describe('the glossary rules', () => {
  const rule = (concept: string) => GLOSSARY_JA.find((r) => r.concept.startsWith(concept))!;
  const message = (text: string, key = 'verdict_x', file = 'diagnosis.json') => ({ file, key, text });

  it('find the site’s owner called 管理者, and allow the computer’s or network’s administrator', () => {
    expect(findings(rule('site owner'), message('直せるのはサイトの管理者だけです。'))).toHaveLength(1);
    expect(findings(rule('site owner'), message('ネットワークの管理者か、このパソコンの管理者に伝えてください。'))).toEqual([]);
  });

  it('allow 機器 for network equipment and home devices, not for the person’s machine', () => {
    expect(findings(rule('network equipment'), message('お使いの機器に入っている証明書'))).toHaveLength(1);
    expect(findings(rule('network equipment'), message('ルーターなどのネットワーク機器'))).toEqual([]);
    expect(findings(rule('network equipment'), message('機器の証明書だけを信頼する', 'step_device_cert_title', 'checklist.json'))).toEqual(
      [],
    );
  });

  it('keep パソコン out of messages shown on Android, except when naming another machine', () => {
    const pc = rule("the person's machine in a message shown on every OS");
    expect(findings(pc, message('パソコンの時計が合っていません'))).toHaveLength(1);
    expect(findings(pc, message('パソコンを再起動します', 'step_x_android', 'checklist.json'))).toHaveLength(1);
    expect(findings(pc, message('パソコンを再起動します', 'step_x_windows', 'checklist.json'))).toEqual([]);
    expect(findings(pc, message('別のパソコンやスマートフォンで試します'))).toEqual([]);
  });

  it('allow a variant inside another product’s quoted label only', () => {
    expect(findings(rule('proxy'), message('「システムのプロキシー設定を利用する」を選びます'))).toEqual([]);
    expect(findings(rule('proxy'), message('プロキシーの設定を確認します'))).toHaveLength(1);
  });

  it('tell わかる from 分かれる and find half-width brackets around Japanese', () => {
    expect(findings(rule('to know'), message('原因が分かりません'))).toHaveLength(1);
    expect(findings(rule('to know'), message('意見が分かれる'))).toEqual([]);
    expect(findings(rule('brackets'), message('やること(順番に)'))).toHaveLength(1);
    expect(findings(rule('brackets'), message('TLS (1.2) と (HTTPS)'))).toEqual([]);
    expect(findings(rule('other'), message('他のサイトも確認する'))).toHaveLength(1);
    expect(findings(rule('other'), message('わからない／その他の原因'))).toEqual([]);
  });
});
