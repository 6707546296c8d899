import { describe, expect, it } from 'vitest';
import { LIKELY_FROM, VERY_LIKELY_FROM, confidenceKey, confidenceWord } from '../../../../src/core/diagnose/confidence-words';
import { THRESHOLDS } from '../../../../src/core/diagnose/thresholds';

describe('confidenceWord', () => {
  it('says "likely" from the level where a verdict stops being a guess', () => {
    expect(LIKELY_FROM).toBe(THRESHOLDS.verdict.uncertainBelow);
    expect(LIKELY_FROM).toBeLessThan(VERY_LIKELY_FROM);
  });

  it('puts each confidence in one of three words, at the thresholds', () => {
    expect(confidenceWord(0.95)).toBe('very-likely');
    expect(confidenceWord(VERY_LIKELY_FROM)).toBe('very-likely');
    expect(confidenceWord(VERY_LIKELY_FROM - 0.001)).toBe('likely');
    expect(confidenceWord(LIKELY_FROM)).toBe('likely');
    expect(confidenceWord(LIKELY_FROM - 0.001)).toBe('possible');
    expect(confidenceWord(0)).toBe('possible');
  });

  it('names a message for each word', () => {
    expect([0.9, 0.6, 0.2].map(confidenceKey)).toEqual(['ui_confidence_very_likely', 'ui_confidence_likely', 'ui_confidence_possible']);
  });
});
