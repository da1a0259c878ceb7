import { z } from 'zod';

/**
 * Money is integer minor units (cents for EUR/USD) everywhere; a float never holds money.
 * Rates are basis points (1 bp = 0.01 %). One rounding rule: half away from zero (Excel's ROUND).
 */
export type Cents = number & { readonly __brand: 'Cents' };

/** Largest amount we accept: well inside Number.MAX_SAFE_INTEGER so sums of many lines stay exact. */
export const MAX_CENTS = 10 ** 15;

export const centsSchema = z
  .number()
  .int('must be a whole number of cents')
  .min(-MAX_CENTS, 'is too large')
  .max(MAX_CENTS, 'is too large');

export const basisPointsSchema = z.number().int('must be whole basis points').min(0).max(10_000);

export function asCents(value: number): Cents {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer amount of cents: ${value}`);
  return value as Cents;
}

// TODO(helper): implement and test the functions below.
export function roundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const sign = numerator < 0n !== denominator < 0n ? -1n : 1n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (2n * n + d) / (2n * d);
  return sign * q;
}

/** round(cents × bp / 10 000), half away from zero. */
export function applyBasisPoints(cents: number, bp: number): Cents {
  return asCents(Number(roundHalfAwayFromZero(BigInt(cents) * BigInt(bp), 10_000n)));
}
