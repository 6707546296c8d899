// The Firefox labels the Japanese steps quote are Firefox's own: each 「…」 in a Firefox step is
// looked up in the Japanese language pack of the Firefox under test (Debian firefox-esr-l10n-ja,
// built from https://github.com/mozilla-l10n/firefox-l10n/tree/main/ja), so a label Firefox
// renames shows up here rather than in front of a person looking for a button that is gone.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../build/locales';

const firefoxDir = dirname(realpathSync(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'));
const langpack = join(firefoxDir, 'browser', 'extensions', 'langpack-ja@firefox-esr.mozilla.org.xpi');

/** Quotes in Firefox steps that are not Firefox labels: this extension's own buttons, copied text, a folder name. */
const NOT_FIREFOX_LABELS = new Set(['Firefox 自身のページを表示', 'about:preferences#privacy', 'Old Firefox Data']);

/** Every string of the language pack, with the brand names filled in. */
function firefoxStrings(): string {
  const files = execFileSync('unzip', ['-Z1', langpack], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\.(ftl|properties|dtd)$/.test(f));
  return execFileSync('unzip', ['-p', langpack, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(
    /\{ *-brand-(short|product|shorter)-name *\}/g,
    'Firefox',
  );
}

const firefoxSteps = readdirSync(join(LOCALES_DIR, 'ja'))
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => Object.entries(JSON.parse(readFileSync(join(LOCALES_DIR, 'ja', f), 'utf8')) as Record<string, { message: string }>))
  .filter(([key]) => /firefox/.test(key));

describe('Japanese Firefox steps', () => {
  it('quote labels Firefox’s Japanese localization has', () => {
    expect(existsSync(langpack), `${langpack} (Debian: firefox-esr-l10n-ja)`).toBe(true);
    const strings = firefoxStrings();
    const quoted = firefoxSteps.flatMap(([key, { message }]) =>
      [...message.matchAll(/「([^」]+)」/g)].map((m) => ({ key, label: m[1]! })).filter(({ label }) => !NOT_FIREFOX_LABELS.has(label)),
    );
    expect(quoted.length).toBeGreaterThan(40);
    expect(quoted.filter(({ label }) => !strings.includes(label)).map(({ key, label }) => `${key}: 「${label}」`)).toEqual([]);
  });
});
