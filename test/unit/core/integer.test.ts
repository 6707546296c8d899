// wholeNumber() stands in for z.int() (src/core/integer.ts says why): it must refuse what z.int() refuses.
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { wholeNumber } from '../../../src/core/integer';

const ours = z.number().check(wholeNumber());
const zods = z.number().check(z.int());

describe('wholeNumber', () => {
  const values = [
    0,
    -0,
    1,
    -1,
    7,
    2 ** 53 - 1,
    -(2 ** 53 - 1),
    2 ** 53,
    -(2 ** 53),
    1.5,
    -0.1,
    1e300,
    NaN,
    Infinity,
    -Infinity,
    '1',
    null,
    undefined,
    1n,
    [1],
    { valueOf: () => 1 },
  ];
  it.each(values.map((v) => [String(v), v]))('agrees with z.int() on %s', (_, value) => {
    expect(ours.safeParse(value).success).toBe(zods.safeParse(value).success);
  });
  it('says what is wrong', () => {
    const parsed = ours.safeParse(2.5);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('Expected an integer');
  });
});
