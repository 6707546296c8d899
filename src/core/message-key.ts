// Message keys as a type, read from the English locale files (src/locales/en/*.json, merged into
// _locales at build): a key no English file defines is a type error wherever a key is expected.
// A unit test keeps every other locale to the same keys and placeholders.

type EnglishMessages = typeof import('../locales/en/catalog.json') &
  typeof import('../locales/en/checklist.json') &
  typeof import('../locales/en/diagnosis.json') &
  typeof import('../locales/en/evidence.json') &
  typeof import('../locales/en/ui-banner.json') &
  typeof import('../locales/en/ui-options.json') &
  typeof import('../locales/en/ui-report.json') &
  typeof import('../locales/en/ui-surfaces.json') &
  typeof import('../locales/en/ui.json');

export type MessageKey = keyof EnglishMessages & string;

/** A kebab-case name as it appears inside a message key ('system-clock' → 'system_clock'). */
type KeyPart<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}_${KeyPart<Tail>}` : S;

export const keyPart = <S extends string>(name: S): KeyPart<S> => name.replace(/-/g, '_') as KeyPart<S>;
