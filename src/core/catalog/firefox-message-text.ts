// Reverse lookup from Firefox's en-US message text to the error name.
//
// This is a shortcut, not the answer: webRequest reports TLS errors as text in the UI language
// (a German UI gives "Das Zertifikat der Gegenstelle ist abgelaufen."), so only en-US text (and
// UIs whose language pack leaves these strings in English, like Japanese) can be matched here.
// Anything else falls back to the language-independent route in classify.ts.
import { FIREFOX_MESSAGES } from './firefox-messages';

/** A message longer than this is not one of Firefox's (the longest is under 250 characters). */
export const MAX_MESSAGE_LENGTH = 2048;

/**
 * Fold what differs between copies of the same message: curly vs straight apostrophes and quotes
 * (Firefox's strings use ’, the tsv and older copies use '), runs of whitespace, and case.
 */
export function normalizeMessageText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

let byMessage: Map<string, string> | undefined;

function index(): Map<string, string> {
  if (byMessage) return byMessage;
  byMessage = new Map();
  for (const [name, message] of Object.entries(FIREFOX_MESSAGES)) byMessage.set(normalizeMessageText(message), name);
  return byMessage;
}

/** A whole-sentence prefix: `long` continues `short` with another sentence. */
const continuesWith = (long: string, short: string): boolean =>
  short.length >= 24 && short.endsWith('.') && long.length > short.length && long.startsWith(short + ' ');

/**
 * The error name whose en-US message this is, or undefined. Exact match first; failing that, a
 * message that differs only by a trailing sentence (Firefox versions have shortened some, e.g.
 * CA_CERT_USED_AS_END_ENTITY), accepted only when exactly one message fits.
 */
export function firefoxNameForMessage(text: string): string | undefined {
  if (text.length > MAX_MESSAGE_LENGTH) return undefined;
  const wanted = normalizeMessageText(text);
  if (!wanted) return undefined;
  const messages = index();
  const exact = messages.get(wanted);
  if (exact) return exact;
  let found: string | undefined;
  for (const [message, name] of messages) {
    if (continuesWith(message, wanted) || continuesWith(wanted, message)) {
      if (found) return undefined; // ambiguous: say nothing rather than guess
      found = name;
    }
  }
  return found;
}
