// Renders core Text through the browser's _locales, in the browser's UI language.
import type { MessageKey } from '../core/message-key';
import type { Text } from '../core/text';
import { browser } from '../platform/browser';

export function t(text: Text | MessageKey, ...subs: string[]): string {
  const { key, subs: textSubs } = typeof text === 'string' ? { key: text, subs: subs } : text;
  const message = browser.i18n.getMessage(key, textSubs ? [...textSubs] : undefined);
  // Keys are typed from the English locale and a unit test keeps every locale complete; a key
  // missing all the same shows itself.
  return message || key;
}

/**
 * The language of the messages actually shown. Each locale names itself in `ui_lang`: the
 * browser picks message files and reports its UI language separately, and the two can differ
 * (Chromium given `--lang=ja` without its Japanese UI pack shows Japanese messages while
 * getUILanguage() still says en-US), so `lang` must follow the messages.
 */
export const uiLanguage = (): string => browser.i18n.getMessage('ui_lang') || browser.i18n.getUILanguage();

/** A date and time in the UI language. */
export const formatTime = (ms: number): string =>
  new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
