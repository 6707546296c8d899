// A cause's confidence in words. A percentage beside a single cause ("70% likely") invites "and the
// other 30%?", and the figures are rule weights, not measured odds: words say only what they can.
import type { MessageKey } from '../message-key';
import { THRESHOLDS } from './thresholds';

/** From here up a cause is "very likely": one strong measurement, or two agreeing ones. */
export const VERY_LIKELY_FROM = 0.8;
/** From here up "likely": the level at which a verdict stops being a guess. */
export const LIKELY_FROM = THRESHOLDS.verdict.uncertainBelow;

export type ConfidenceWord = 'very-likely' | 'likely' | 'possible';

export const confidenceWord = (confidence: number): ConfidenceWord =>
  confidence >= VERY_LIKELY_FROM ? 'very-likely' : confidence >= LIKELY_FROM ? 'likely' : 'possible';

const KEYS: Readonly<Record<ConfidenceWord, MessageKey>> = {
  'very-likely': 'ui_confidence_very_likely',
  likely: 'ui_confidence_likely',
  possible: 'ui_confidence_possible',
};

export const confidenceKey = (confidence: number): MessageKey => KEYS[confidenceWord(confidence)];
