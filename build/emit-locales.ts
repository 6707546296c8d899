// Writes each locale's _locales/<lang>/messages.json from the split source files (build/locales.ts).
import type { Plugin } from 'vite';
import { loadLocale, localeNames } from './locales.ts';

export function emitLocales(): Plugin {
  return {
    name: 'handshake-doctor:locales',
    generateBundle() {
      for (const lang of localeNames()) {
        this.emitFile({
          type: 'asset',
          fileName: `_locales/${lang}/messages.json`,
          source: JSON.stringify(loadLocale(lang), null, 1),
        });
      }
    },
  };
}
