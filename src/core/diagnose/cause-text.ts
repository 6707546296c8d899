// The text of each cause in diagnosis.json, keyed by the cause's name ('system-clock' →
// verdict_system_clock): a cause without its verdict, title or explanation is a type error.
import type { Cause } from '../kinds';
import { keyPart } from '../message-key';
import { text, type Text } from '../text';

/** One sentence naming the cause as the verdict for `host`. */
export const verdictText = (cause: Cause, host: string): Text => text(`verdict_${keyPart(cause)}`, host);
/** A short name for the cause ("Your computer's clock"). */
export const causeTitle = (cause: Cause): Text => text(`cause_${keyPart(cause)}_title`);
/** One sentence on what the cause means in general. */
export const causeAbout = (cause: Cause): Text => text(`cause_${keyPart(cause)}_about`);
