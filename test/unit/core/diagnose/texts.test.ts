// The texts diagnose emits: every one names a message of diagnosis.json (keys are typed, see
// src/core/message-key.ts) and passes exactly as many values as the message has placeholders;
// and the folder stays pure.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES, causeAbout, causeTitle, diagnose, diagnosisFromFindings, verdictText } from '../../../../src/core/diagnose';
import { CAUSES } from '../../../../src/core/kinds';
import type { Text } from '../../../../src/core/text';
import { T0, evidence } from './helpers';
import { EVERY_KIND, SCENARIOS } from './scenarios';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
type Messages = Record<string, { message: string; description: string }>;
const en = JSON.parse(readFileSync(join(root, 'src/locales/en/diagnosis.json'), 'utf8')) as Messages;

/** The $n numbers a message uses. */
const placeholders = (m: string): number[] => [...new Set([...m.matchAll(/\$([1-9])/g)].map((x) => Number(x[1])))].sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('texts diagnose emits', () => {
  it('keeps its keys in diagnosis.json under the verdict_, cause_ and ev_ prefixes', () => {
    expect(Object.keys(en).filter((key) => !/^(ev|verdict|cause)_[A-Za-z0-9_]+$/.test(key))).toEqual([]);
  });

  it('pass exactly the values their message uses, as strings', () => {
    const texts: Text[] = [];
    for (const e of [...EVERY_KIND, ...Object.values(SCENARIOS)]) {
      const d = diagnose(e);
      texts.push(d.summary, ...d.causes.flatMap((c) => c.evidence));
      for (const rule of RULES) texts.push(...(rule(e, T0)?.evidence ?? []));
    }
    texts.push(...diagnosisFromFindings(evidence('cert-date'), []).causes.flatMap((c) => c.evidence));
    for (const cause of CAUSES) texts.push(verdictText(cause, 'h'), causeTitle(cause), causeAbout(cause));
    const mismatches = texts
      .filter((t) => placeholders(en[t.key]?.message ?? '').length !== (t.subs?.length ?? 0) || t.subs?.some((s) => typeof s !== 'string'))
      .map((t) => `${t.key}: ${t.subs?.length ?? 0} values`);
    expect([...new Set(mismatches)]).toEqual([]);
    expect(new Set(texts.map((t) => t.key)).size).toBeGreaterThan(35);
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
