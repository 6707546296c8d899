// The diagnosis messages: both languages complete and consistent, and every key the code can
// emit present (found three ways: the typed key list, a scan of the source, and real output).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIAGNOSIS_MESSAGE_KEYS, RULES, causeAbout, causeTitle, diagnose, diagnosisFromFindings, verdictText } from '../../../src/core/diagnose';
import { CAUSES } from '../../../src/core/kinds';
import type { Text } from '../../../src/core/text';
import { T0, evidence } from './helpers';
import { EVERY_KIND, SCENARIOS } from './scenarios';

const root = fileURLToPath(new URL('../../../', import.meta.url));
type Messages = Record<string, { message: string; description: string }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(join(root, 'src/locales', lang, 'diagnosis.json'), 'utf8')) as Messages;
const en = load('en');
const ja = load('ja');

/** The $n numbers a message uses. */
const placeholders = (m: string): number[] => [...new Set([...m.matchAll(/\$([1-9])/g)].map((x) => Number(x[1])))].sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('diagnosis.json', () => {
  it('uses the Chrome messages.json format with allowed key names', () => {
    for (const msgs of [en, ja]) {
      for (const [key, entry] of Object.entries(msgs)) {
        expect(key).toMatch(/^(ev|verdict|cause)_[A-Za-z0-9_]+$/);
        expect(Object.keys(entry).sort()).toEqual(['description', 'message']);
        expect(typeof entry.message).toBe('string');
        expect(entry.message.trim()).not.toBe('');
        expect(typeof entry.description).toBe('string');
        // A '$' not followed by 1-9 would be read as a named placeholder by chrome.i18n.
        expect(entry.message).not.toMatch(/\$(?![1-9])/);
      }
    }
  });

  it('en and ja have exactly the same keys and the same $n set per key', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect({ key, n: placeholders(ja[key]!.message) }).toEqual({ key, n: placeholders(en[key]!.message) });
    }
  });

  it('placeholders are numbered from $1 without gaps', () => {
    for (const [key, { message }] of Object.entries(en)) {
      const n = placeholders(message);
      expect({ key, n }).toEqual({ key, n: n.map((_, i) => i + 1) });
    }
  });

  it('ja is translated (Japanese text, no English sentences left)', () => {
    for (const [key, { message }] of Object.entries(ja)) {
      expect({ key, jp: /[\u3040-\u30ff\u4e00-\u9fff]/.test(message) }).toEqual({ key, jp: true });
      expect(message).not.toBe(en[key]!.message);
    }
  });

  it('has a title and an explanation for every Cause', () => {
    for (const cause of CAUSES) {
      const k = cause.replaceAll('-', '_');
      for (const key of [`cause_${k}_title`, `cause_${k}_about`, `verdict_${k}`]) {
        expect(en[key], key).toBeDefined();
      }
      expect(causeTitle(cause).key).toBe(`cause_${k}_title`);
      expect(causeAbout(cause).key).toBe(`cause_${k}_about`);
      expect(verdictText(cause, 'h').key).toBe(`verdict_${k}`);
    }
  });
});

describe('keys referenced by the code', () => {
  it('every listed key exists in both files, and every file key is listed', () => {
    expect([...DIAGNOSIS_MESSAGE_KEYS].sort()).toEqual(Object.keys(en).sort());
    expect(new Set(DIAGNOSIS_MESSAGE_KEYS).size).toBe(DIAGNOSIS_MESSAGE_KEYS.length);
  });

  it('every key literal in src/core/diagnose exists in both files; no keys are built from pieces', () => {
    const files = sourceFiles(join(root, 'src/core/diagnose'));
    expect(files.length).toBeGreaterThan(5);
    const found = new Set<string>();
    for (const file of files) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/['"`]((?:ev|verdict|cause)_[A-Za-z0-9_]*)/g)) found.add(m[1]!);
      expect({ file, dynamic: /['"`](?:ev|verdict|cause)_[A-Za-z0-9_]*\$\{/.test(src) }).toEqual({ file, dynamic: false });
    }
    expect(found.size).toBeGreaterThan(40);
    for (const key of found) {
      expect({ key, en: key in en, ja: key in ja }).toEqual({ key, en: true, ja: true });
    }
  });

  it('every Text diagnose emits exists, with exactly the subs its message uses', () => {
    const texts: Text[] = [];
    const all = [...EVERY_KIND, ...Object.values(SCENARIOS)];
    for (const e of all) {
      const d = diagnose(e);
      texts.push(d.summary, ...d.causes.flatMap((c) => c.evidence));
      for (const { run } of RULES) texts.push(...(run(e, T0)?.evidence ?? []));
    }
    texts.push(...diagnosisFromFindings(evidence('cert-date'), []).causes.flatMap((c) => c.evidence));
    for (const cause of CAUSES) texts.push(verdictText(cause, 'h'), causeTitle(cause), causeAbout(cause));
    const used = new Set<string>();
    for (const t of texts) {
      used.add(t.key);
      expect(en[t.key], t.key).toBeDefined();
      const n = placeholders(en[t.key]!.message).length;
      expect({ key: t.key, subs: t.subs?.length ?? 0 }).toEqual({ key: t.key, subs: n });
      for (const s of t.subs ?? []) expect(typeof s).toBe('string');
    }
    expect(used.size).toBeGreaterThan(35);
  });
});

describe('purity', () => {
  it('src/core/diagnose uses no browser APIs, DOM or node: imports', () => {
    for (const file of sourceFiles(join(root, 'src/core/diagnose'))) {
      const src = readFileSync(file, 'utf8');
      expect({ file, bad: src.match(/from 'node:|\bchrome\.|\bbrowser\.|webextension-polyfill|\bdocument\.|\bwindow\./g) }).toEqual({
        file,
        bad: null,
      });
    }
  });
});
