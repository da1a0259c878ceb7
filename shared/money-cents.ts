/**
 * The money primitives every other money module builds on. They live apart from `money.ts` so that
 * the parsing and formatting modules can use them while `money.ts` re-exports everything from one place
 * (no import cycle). Import from `shared/money`, not from here.
 */

/**
 * Money is integer minor units (cents for EUR/USD, yen for JPY) everywhere; a float never holds money.
 * Rates are basis points (1 bp = 0.01 %). One rounding rule: half away from zero (Excel's ROUND).
 */
export type Cents = number & { readonly __brand: 'Cents' };

/** Largest amount we accept: well inside Number.MAX_SAFE_INTEGER so sums of many lines stay exact. */
export const MAX_CENTS = 10 ** 15;

export function asCents(value: number): Cents {
  if (!Number.isSafeInteger(value))
    throw new RangeError(`not an integer amount of cents: ${value}`);
  // -0 would make Object.is-based comparisons (and JSON round-trips) disagree with 0.
  return (value === 0 ? 0 : value) as Cents;
}
