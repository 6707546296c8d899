// User-visible text leaves the core as message keys plus substitutions, never as prose, so the
// core stays pure and every surface renders it in the browser's language through `_locales`.
import type { MessageKey } from './message-key';

/** A reference to a message in src/locales/<lang>/*.json (merged into _locales at build). */
export interface Text {
  /** Chrome i18n message name: letters, digits and underscores only. */
  readonly key: MessageKey;
  /** Values for $1..$9 in the message. Always plain text: surfaces render them as text nodes. */
  readonly subs?: readonly string[];
}

export const text = (key: MessageKey, ...subs: (string | number)[]): Text => (subs.length ? { key, subs: subs.map(String) } : { key });
