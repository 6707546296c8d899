// The one locale-completeness test: every locale has every fragment and key of English (the
// language message keys are typed from, src/core/message-key.ts, so code naming a missing key does
// not compile) with the same placeholders. The build merges the fragments (build/locales.ts); this
// checks them across all fragments at once, whatever area they belong to.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLocale, LOCALES_DIR, localeNames, type MessageTable } from '../../../build/locales';

const langs = localeNames();
const tables: Record<string, MessageTable> = Object.fromEntries(langs.map((l) => [l, loadLocale(l)]));
const fragments = (lang: string) =>
  readdirSync(join(LOCALES_DIR, lang))
    .filter((f) => f.endsWith('.json'))
    .sort();
const fragmentKeys = (lang: string, file: string) => Object.keys(JSON.parse(readFileSync(join(LOCALES_DIR, lang, file), 'utf8'))).sort();
const root = join(import.meta.dirname, '..', '..', '..');

/** The $1..$9 a message uses, and its named placeholders ($name$), as sorted lists. */
const placeholders = (message: string) => ({
  numbered: [...new Set([...message.matchAll(/(?<!\$)\$([1-9])/g)].map((m) => m[1]))].sort(),
  named: [...new Set([...message.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)\$/g)].map((m) => m[1]))].sort(),
});

/** Messages that are names, the same in every language: the product, browsers, systems, language tags. */
const isName = (key: string) => /^(extName|ui_lang|ui_guided_os|ui_browser_\w+|ui_os_\w+)$/.test(key);
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('locales', () => {
  it('are English and Japanese at least, with English as the default', () => {
    expect(langs).toEqual(expect.arrayContaining(['en', 'ja']));
  });

  it('have the same fragments, each with the same keys, in every locale', () => {
    for (const lang of langs) {
      expect(fragments(lang), lang).toEqual(fragments('en'));
      for (const file of fragments('en')) expect(fragmentKeys(lang, file), `${lang}/${file}`).toEqual(fragmentKeys('en', file));
    }
  });

  it('type message keys from every English fragment', () => {
    const source = readFileSync(join(root, 'src/core/message-key.ts'), 'utf8');
    expect(fragments('en').filter((file) => !source.includes(`'../locales/en/${file}'`))).toEqual([]);
  });

  it('use the same placeholders for each key in every locale, numbered from $1 without gaps', () => {
    const mismatches: string[] = [];
    for (const [key, { message }] of Object.entries(tables.en!)) {
      const { numbered } = placeholders(message);
      if (numbered.some((n, i) => n !== String(i + 1))) mismatches.push(`en: ${key} skips a number`);
      for (const lang of langs) {
        const other = tables[lang]![key];
        if (JSON.stringify(placeholders(other?.message ?? '')) !== JSON.stringify(placeholders(message)))
          mismatches.push(`${lang}: ${key}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('have a message and a description everywhere, no stray $, and name their own language in ui_lang', () => {
    const problems: string[] = [];
    for (const lang of langs) {
      for (const [key, { message, description }] of Object.entries(tables[lang]!)) {
        if (!message.trim()) problems.push(`${lang}: ${key} has no message`);
        if (!description?.trim()) problems.push(`${lang}: ${key} has no description`);
        // A '$' outside $1..$9 and $name$ would be read as a placeholder by chrome.i18n.
        if (
          message
            .replace(/\$[1-9]/g, '')
            .replace(/\$[A-Za-z_][A-Za-z0-9_]*\$/g, '')
            .includes('$')
        )
          problems.push(`${lang}: ${key} has a stray $`);
      }
      expect(tables[lang]!.ui_lang?.message).toBe(lang.replace('_', '-'));
    }
    expect(problems).toEqual([]);
  });

  it('are translated into Japanese, names aside', () => {
    const untranslated = Object.entries(tables.ja!)
      .filter(([key, { message }]) => !isName(key) && (!JAPANESE.test(message) || message === tables.en![key]?.message))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});
