// Plain-language text for a classified failure: a heading per kind, one explanation per kind,
// and a note for specific codes where the code says more. Only message keys leave the core;
// every surface renders them through the locale files (src/locales/<lang>/catalog.json).
import type { Cause, FailureKind } from '../kinds';
import type { MessageKey } from '../message-key';
import { text, type Text } from '../text';
import { CODE_NOTE_KEYS } from './code-notes';
import { kindExplainKey, kindTitleKey } from './kind-keys';

export { kindExplainKey, kindTitleKey };

/** A short heading for the kind, e.g. "Certificate date problem". */
export const kindTitle = (kind: FailureKind): Text => text(kindTitleKey(kind));

/** The code as classify() would return it, so `ERR_X` and `net::ERR_X` find the same note. */
function normalizeCode(errorCode: string): string {
  const code = typeof errorCode === 'string' ? errorCode.trim() : '';
  const chromium = /^(?:net::)?(ERR_[A-Z0-9_]+)$/i.exec(code);
  return chromium?.[1] ? `net::${chromium[1].toUpperCase()}` : code;
}

/**
 * What happened and whose side the problem is likely on: the kind's explanation first, then a
 * note for the specific code when there is one. A not-tls failure gets no code note: the notes
 * talk about secure connections, which is exactly what a not-tls failure was not. `cause`: the
 * diagnosis's top cause when it is firm.
 */
export function explain(kind: FailureKind, errorCode: string, cause?: Cause): Text[] {
  // The kind's explanation and the code notes are written for a site at fault ("the site supports
  // only old versions"); when the checks put it on this browser's settings, they would contradict
  // the verdict.
  if (cause === 'browser-settings') return [text('explain_browser_settings')];
  const texts = [text(kindExplainKey(kind))];
  if (kind === 'not-tls') return texts;
  const note = CODE_NOTE_KEYS.get(normalizeCode(errorCode));
  // Every note key is checked against the locale files by the unit test of explain().
  if (note) texts.push(text(note as MessageKey));
  return texts;
}
