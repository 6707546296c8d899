import { describe, expect, it } from 'vitest';
import { headerValue } from '../../../src/core/http-headers';

describe('headerValue', () => {
  const headers = [
    { name: 'Content-Type', value: 'text/html' },
    { name: 'DATE', value: 'Fri, 27 Nov 2026 10:00:00 GMT' },
    { name: 'date', value: 'second' },
  ];
  it('finds the first value case-insensitively', () => {
    expect(headerValue(headers, 'date')).toBe('Fri, 27 Nov 2026 10:00:00 GMT');
    expect(headerValue(headers, 'age')).toBeUndefined();
    expect(headerValue(undefined, 'date')).toBeUndefined();
  });
});
