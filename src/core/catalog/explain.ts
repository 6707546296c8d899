// Plain-language text for a classified failure: a heading per kind, the kind's explanation and a
// note for specific codes where the code says more. Which sentences are shown follows the diagnosis
// and what was measured (the clock above all), so no sentence contradicts the verdict or the steps.
// Only message keys leave the core; every surface renders them through the locale files
// (src/locales/<lang>/catalog.json).
import { causeAbout, scopeAbout } from '../diagnose/cause-text';
import type { Diagnosis } from '../diagnose/types';
import { CLOCK_KINDS, type Cause, type FailureKind } from '../kinds';
import type { MessageKey } from '../message-key';
import { text, type Text } from '../text';
import { CODE_NOTE_KEYS } from './code-notes';
import { kindExplainKey, kindTitleKey } from './kind-keys';

export { kindExplainKey, kindTitleKey };

/** What explain() reads of a diagnosis. */
export type Explained = Pick<Diagnosis, 'kind' | 'errorCode' | 'causes' | 'uncertain' | 'clock'>;

/** A short heading for the kind, e.g. "Certificate date problem". */
export const kindTitle = (kind: FailureKind): Text => text(kindTitleKey(kind));

/** Code notes that ask the person to check their clock: said only while the clock is not measured. */
const CLOCK_NOTES: ReadonlySet<string> = new Set([
  'code_expired',
  'code_not_yet_valid',
  'code_issuer_expired',
  'code_issuer_not_yet_valid',
  'code_date_invalid',
  'code_revocation_data_date',
]);

/**
 * Firm verdicts away from the site: the kind's explanation and code notes are written for a site
 * at fault ("only the site's owner can fix this"), so under these the cause's own paragraph stands
 * in (a security product scanning an expired site's connection is the person's to fix, not the owner's).
 */
const NOT_THE_SITE: ReadonlySet<Cause> = new Set<Cause>(['interception', 'network', 'captive-portal', 'client-certificate']);
/** Kinds whose own explanation already is the cause's (and says more, with its code notes). */
const CAUSE_OF_KIND: Partial<Record<FailureKind, Cause>> = { 'interception-detected': 'interception', 'client-cert': 'client-certificate' };

/** The code as classify() would return it, so `ERR_X` and `net::ERR_X` find the same note. */
function normalizeCode(errorCode: string): string {
  const code = typeof errorCode === 'string' ? errorCode.trim() : '';
  const chromium = /^(?:net::)?(ERR_[A-Z0-9_]+)$/i.exec(code);
  return chromium?.[1] ? `net::${chromium[1].toUpperCase()}` : code;
}

const codeNote = (errorCode: string): string | undefined => CODE_NOTE_KEYS.get(normalizeCode(errorCode));

/**
 * The explanation leaves the clock open ("either the certificate expired or your clock is wrong")
 * because the clock was not measured: the checklist then opens with a quick clock check.
 */
export function asksAboutClock(d: Pick<Diagnosis, 'kind' | 'errorCode' | 'clock'>): boolean {
  if ((d.clock ?? 'unknown') !== 'unknown' || !CLOCK_KINDS.has(d.kind)) return false;
  const note = codeNote(d.errorCode);
  return d.kind === 'cert-date' || (note !== undefined && CLOCK_NOTES.has(note));
}

/**
 * What happened and whose side the problem is likely on: the kind's explanation, then a note for
 * the specific code when there is one. A not-tls failure gets no code note: the notes talk about
 * secure connections, which is exactly what a not-tls failure was not.
 *
 * The clock: measured right, no sentence mentions it (a date failure is then the certificate's);
 * measured wrong (or the verdict), one sentence says so and points at the first step; not measured,
 * the kind's either-or wording and the code's "check your date first" stay (asksAboutClock).
 */
export function explain(d: Explained): Text[] {
  const cause = d.uncertain ? undefined : d.causes[0]?.cause;
  // The kind's explanation and the code notes are written for a site at fault ("the site supports
  // only old versions"); when the checks put it on this browser's settings, they would contradict
  // the verdict.
  if (cause === 'browser-settings') return [text('explain_browser_settings')];
  const clock = d.clock ?? 'unknown';
  if (clock === 'wrong' && CLOCK_KINDS.has(d.kind)) return [text('explain_clock_wrong')];
  if (cause && NOT_THE_SITE.has(cause) && CAUSE_OF_KIND[d.kind] !== cause) return [causeAbout(cause)];
  const texts = [text(d.kind === 'cert-date' && clock === 'verified' ? 'explain_cert_date_clock_right' : kindExplainKey(d.kind))];
  if (d.kind === 'not-tls') return texts;
  const note = codeNote(d.errorCode);
  // Every note key is checked against the locale files by the unit test of explain().
  if (note && !(clock !== 'unknown' && CLOCK_NOTES.has(note))) texts.push(text(note as MessageKey));
  return texts;
}

/**
 * The paragraphs under the verdict. A host that is not a public site gets whose server it is
 * instead of the kind's explanation (written for public sites: "the site's owner"), unless the
 * clock was measured wrong: that comes first wherever the site is. `scope`: the paragraph is the
 * host's scope.
 */
export function explanation(d: Explained & Pick<Diagnosis, 'host'>): { readonly lines: Text[]; readonly scope: boolean } {
  const scope = d.clock === 'wrong' && CLOCK_KINDS.has(d.kind) ? null : scopeAbout(d.host);
  return scope ? { lines: [scope], scope: true } : { lines: explain(d), scope: false };
}
