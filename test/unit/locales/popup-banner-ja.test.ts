// The Japanese popup and banner texts: slips a native reader caught once must not come back.
import { describe, expect, it } from 'vitest';
import { loadLocale } from '../../../build/locales';

const ja = loadLocale('ja');
const texts = Object.entries(ja)
  .filter(([key]) => /^ui_(popup|banner)_/.test(key))
  .map(([key, entry]) => [key, entry.message] as const);

describe('Japanese popup and banner texts', () => {
  it('are there to check', () => {
    expect(texts.length).toBeGreaterThan(8);
  });
  it('never double the particle に around a verb of loading or failing (「$1 に読み込みに失敗」)', () => {
    const doubled = /に\S*に(失敗|読み込)/;
    expect(doubled.test('このページは 2026/12/6 に読み込みに失敗しました。'), 'the check itself').toBe(true);
    for (const [key, message] of texts) for (const clause of message.split(/[、。]/)) expect(clause, key).not.toMatch(doubled);
  });
  it('use full-width brackets and わかる, as the rest of the Japanese interface', () => {
    for (const [key, message] of texts) {
      expect(message, key).not.toMatch(/[()]/);
      expect(message, key).not.toContain('分か');
    }
  });
});
