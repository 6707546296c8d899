// Helpers the step definitions share: environment tests and the "why" lines.
import type { RankedCause } from '../diagnose/types';
import type { Cause, OsName } from '../kinds';
import { isChromiumFamily } from '../kinds';
import { keyPart } from '../message-key';
import { text, type Text } from '../text';
import type { StepInput } from './types';

export const isFirefox = (input: StepInput): boolean => !isChromiumFamily(input.browser);

/** ChromeOS counts as desktop: it runs desktop Chrome and Firefox's Linux build. */
export const isDesktopOs = (os: OsName): boolean => os !== 'android';

export { CERTIFICATE_KINDS } from '../kinds';

/** "host: code" for people to send to whoever can fix it. */
export function failureDetails(input: StepInput): string {
  const { host, errorCode, rawError } = input.diagnosis;
  const code = errorCode || rawError;
  return host ? `${host}: ${code}` : code;
}

/** `nameProduct`: say which product intercepts, for the steps where that name matters. */
export function causeIntro(cause: Cause, input: StepInput, nameProduct = false): Text {
  const product = input.context.interceptionProduct;
  if (cause === 'interception' && product && nameProduct) return text('step_why_interception_product', product);
  return text(`step_why_${keyPart(cause)}`);
}

const sameText = (a: Text, b: Text): boolean => a.key === b.key && (a.subs ?? []).join('\u0000') === (b.subs ?? []).join('\u0000');

export function uniqueTexts(texts: readonly Text[]): Text[] {
  const out: Text[] = [];
  for (const t of texts) if (!out.some((o) => sameText(o, t))) out.push(t);
  return out;
}

/** Why a cause-driven step applies: each trigger's plain-language reason, then its evidence. */
export function causeWhy(input: StepInput, extra: readonly Text[] = [], nameProduct = false): Text[] {
  return uniqueTexts([...input.triggers.flatMap((c: RankedCause) => [causeIntro(c.cause, input, nameProduct), ...c.evidence]), ...extra]);
}

export const hasCause = (input: StepInput, cause: Cause): boolean => input.triggers.some((c) => c.cause === cause);
