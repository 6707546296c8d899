// Whole-number fields of stored and received data (tab ids, counts, limits).
//
// zod's own `z.int()` means the same (a safe integer), but it brings zod's number-format machinery
// (ranges for int32, uint32, float32, …), about 0.4 KB gzipped, into the background for these few
// fields; the background's size is budgeted (test/build/size-budgets.test.ts).
import * as z from 'zod/mini';

/** A check that the number is a safe integer, as `z.int()` would: add to `z.number().check(…)`. */
export const wholeNumber = () => z.refine<number>((n) => Number.isSafeInteger(n), { message: 'Expected an integer' });
