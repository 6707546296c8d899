// Locale files: en and ja carry the same keys and placeholders, and every key the checklist
// emits exists with exactly as many placeholders as it passes values; no key is left unused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checklist } from '../../../src/core/checklist';
import { BROWSERS, OSES } from '../../../src/core/kinds';
import type { Step } from '../../../src/core/steps';
import type { Text } from '../../../src/core/text';
import { CONTEXTS, SCENARIOS } from './fixtures';

type Table = Record<string, { message: string; description?: string }>;
const load = (lang: string): Table =>
  JSON.parse(readFileSync(new URL(`../../../src/locales/${lang}/checklist.json`, import.meta.url), 'utf8')) as Table;
const en = load('en');
const ja = load('ja');

const placeholders = (message: string): number[] =>
  [...new Set([...message.matchAll(/\$([1-9])/g)].map((m) => Number(m[1])))].sort();

function texts(step: Step): Text[] {
  return [
    step.title,
    ...step.why,
    ...step.instructions,
    ...step.actions.map((a) => a.label),
    step.verify,
    ...(step.destructive ? [step.destructive.loses, step.destructive.backup] : []),
  ];
}

const all: Text[] = BROWSERS.flatMap((browser) =>
  OSES.flatMap((os) =>
    SCENARIOS.flatMap(({ diagnosis }) =>
      CONTEXTS.flatMap((context) => checklist(diagnosis, { browser, os }, context).flatMap(texts)),
    ),
  ),
);
/** One text per key and number of values: enough to check, and quick. */
const emitted = [...new Map(all.map((t) => [`${t.key}/${t.subs?.length ?? 0}`, t])).values()];

describe('checklist locale files', () => {
  it('have the same keys in en and ja, all prefixed step_ and valid message names', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(key).toMatch(/^step_[A-Za-z0-9_]+$/);
  });

  it('have the same placeholders per key, numbered from $1 without gaps, and no stray $', () => {
    for (const [key, { message }] of Object.entries(en)) {
      const jaMessage = ja[key]?.message ?? '';
      expect(placeholders(jaMessage), key).toEqual(placeholders(message));
      expect(placeholders(message), key).toEqual(placeholders(message).map((_, i) => i + 1));
      for (const m of [message, jaMessage]) expect(m.replace(/\$[1-9]/g, ''), key).not.toContain('$');
    }
  });

  it('have a non-empty message and a description everywhere, and Japanese text in ja', () => {
    for (const [key, value] of Object.entries(en)) {
      expect(value.message.trim(), key).not.toBe('');
      expect(value.description?.trim(), key).toBeTruthy();
      expect(ja[key]?.message, key).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('contain every key the checklist emits, with as many placeholders as it passes values', () => {
    expect(all.length).toBeGreaterThan(1000);
    for (const t of emitted) {
      if (t.key.startsWith('evidence_test_')) continue; // the diagnosis's own evidence lines
      for (const table of [en, ja]) {
        const message = table[t.key]?.message;
        expect(message, t.key).toBeDefined();
        expect(placeholders(message ?? '').length, t.key).toBe(t.subs?.length ?? 0);
      }
    }
  });

  it('contain no key the checklist never emits', () => {
    const used = new Set(emitted.map((t) => t.key));
    expect(Object.keys(en).filter((key) => !used.has(key))).toEqual([]);
  });
});
