// failureFrom: what a browser's error report becomes in an incident.
import { describe, expect, it } from 'vitest';
import { failureFrom, FailureSchema, MAX_RAW_ERROR } from '../../../src/core/evidence';
import { boundUrl, MAX_STORED_URL } from '../../../src/core/url-bound';

const classification = { errorCode: 'net::ERR_CERT_DATE_INVALID', kind: 'cert-date' as const };

describe('failureFrom', () => {
  it('keeps the report as it came, with the classification, host, frame and time', () => {
    const report = { url: 'https://expired.hd.test/a?b', error: 'net::ERR_CERT_DATE_INVALID' };
    expect(failureFrom(report, classification, 'expired.hd.test', 'main', 5)).toEqual({
      rawError: 'net::ERR_CERT_DATE_INVALID',
      errorCode: 'net::ERR_CERT_DATE_INVALID',
      kind: 'cert-date',
      url: 'https://expired.hd.test/a?b',
      host: 'expired.hd.test',
      frame: 'main',
      time: 5,
    });
  });

  it('cuts an oversized error and URL to the bounds, so the record still validates', () => {
    const report = { url: `https://a.test/${'x'.repeat(1_048_576)}`, error: 'e'.repeat(MAX_RAW_ERROR + 10) };
    const failure = failureFrom(report, classification, 'a.test', 'sub', 1);
    expect(failure.url).toHaveLength(MAX_STORED_URL);
    expect(failure.url).toBe(boundUrl(report.url));
    expect(failure.rawError).toHaveLength(MAX_RAW_ERROR);
    expect(FailureSchema.safeParse(failure).success).toBe(true);
  });
});
