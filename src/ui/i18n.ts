// Renders core Text through the browser's _locales, in the browser's UI language.
import type { Text } from '../core/text';
import { browser } from '../platform/browser';

export function t(text: Text | string, ...subs: string[]): string {
  const { key, subs: textSubs } = typeof text === 'string' ? { key: text, subs: subs } : text;
  const message = browser.i18n.getMessage(key, textSubs ? [...textSubs] : undefined);
  // A missing key shows itself (unit tests keep every key present in every locale).
  return message || key;
}

export const uiLanguage = (): string => browser.i18n.getUILanguage();
