// src/locales/<lang>/evidence.json: the strings of the evidence UI (naming the proxy extension).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Table = Record<string, { message: string; description: string }>;
const load = (lang: string): Table =>
  JSON.parse(readFileSync(new URL(`../../../src/locales/${lang}/evidence.json`, import.meta.url), 'utf8')) as Table;

describe('evidence.json', () => {
  const en = load('en');
  const ja = load('ja');
  it('has the same keys in en and ja, with messages and descriptions', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const table of [en, ja]) {
      for (const [key, entry] of Object.entries(table)) {
        expect(key).toMatch(/^ui_[a-z0-9_]+$/);
        expect(entry.message.trim()).not.toBe('');
        expect(entry.description.trim()).not.toBe('');
        expect(entry.message).not.toMatch(/\$/);
      }
    }
  });
  it('ja is translated', () => {
    for (const { message } of Object.values(ja)) expect(message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
  it('covers every key NameProxyExtension uses', () => {
    const source = readFileSync(new URL('../../../src/ui/NameProxyExtension.tsx', import.meta.url), 'utf8');
    const used = [...source.matchAll(/t\('([a-z0-9_]+)'\)/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    for (const key of used) expect(en).toHaveProperty(key!);
  });
});
