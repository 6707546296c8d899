// The texts the checklist emits, for every browser, OS, scenario and context: each passes exactly
// as many values as its message has placeholders (keys themselves are typed, see
// src/core/message-key.ts), and no message of checklist.json is left unused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checklist } from '../../../../src/core/checklist';
import { BROWSERS, OSES } from '../../../../src/core/kinds';
import type { Step } from '../../../../src/core/checklist/types';
import type { Text } from '../../../../src/core/text';
import { CONTEXTS, SCENARIOS } from './fixtures';

type Table = Record<string, { message: string; description?: string }>;
const en = JSON.parse(readFileSync(new URL('../../../../src/locales/en/checklist.json', import.meta.url), 'utf8')) as Table;

const placeholders = (message: string): number[] => [...new Set([...message.matchAll(/\$([1-9])/g)].map((m) => Number(m[1])))].sort();

function texts(step: Step): Text[] {
  return [
    step.title,
    ...step.why,
    ...step.instructions,
    ...step.actions.map((a) => a.label),
    step.verify,
    ...(step.destructive ? [step.destructive.backup, step.destructive.removes, step.destructive.resume] : []),
  ];
}

const all: Text[] = BROWSERS.flatMap((browser) =>
  OSES.flatMap((os) =>
    SCENARIOS.flatMap(({ diagnosis }) =>
      CONTEXTS.flatMap((context) => [
        ...checklist(diagnosis, { browser, os }, context).flatMap(texts),
        // A browser far behind the current one: the update step.
        ...checklist(diagnosis, { browser, os, version: '100' }, context).flatMap(texts),
      ]),
    ),
  ),
);
/** One text per key and number of values: enough to check, and quick. */
const emitted = [...new Map(all.map((t) => [`${t.key}/${t.subs?.length ?? 0}`, t])).values()];

describe('checklist texts', () => {
  it('keep their keys in checklist.json under the step_ prefix', () => {
    expect(Object.keys(en).filter((key) => !/^step_[A-Za-z0-9_]+$/.test(key))).toEqual([]);
  });

  it('pass as many values as their message has placeholders', () => {
    expect(all.length).toBeGreaterThan(1000);
    const mismatches = emitted
      .filter((t) => t.key.startsWith('step_')) // not the diagnosis's own evidence lines (diagnosis.json, or made up)
      .filter((t) => placeholders(en[t.key]?.message ?? '').length !== (t.subs?.length ?? 0))
      .map((t) => `${t.key}: ${t.subs?.length ?? 0} values`);
    expect(mismatches).toEqual([]);
  });

  it('use every message of checklist.json', () => {
    const used = new Set<string>(emitted.map((t) => t.key));
    expect(Object.keys(en).filter((key) => !used.has(key))).toEqual([]);
  });
});
