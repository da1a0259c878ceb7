import { z } from 'zod';
import { MAX_CENTS, asCents, type Cents } from './money-cents';

/**
 * Money is integer minor units (cents for EUR/USD) everywhere; a float never holds money.
 * Rates are basis points (1 bp = 0.01 %). One rounding rule: half away from zero (Excel's ROUND).
 * Splits use largest remainders, so parts always add up to the whole.
 *
 * This module is the one place to import money helpers from; parsing and formatting live in
 * `money-parse.ts` and `money-currency.ts` and are re-exported here.
 */
export { MAX_CENTS, asCents, type Cents } from './money-cents';
export {
  centsToUnits,
  currencyDigits,
  currencySymbolOf,
  formatMoney,
  normalizeCurrency,
} from './money-currency';
export {
  MoneyParseError,
  parseMoney,
  parseQuantity,
  type DecimalSeparator,
  type ParseMoneyOptions,
} from './money-parse';

export const centsSchema = z
  .number()
  .int('must be a whole number of cents')
  .min(-MAX_CENTS, 'is too large')
  .max(MAX_CENTS, 'is too large');

export const basisPointsSchema = z.number().int('validation.wholeBasisPoints').min(0).max(10_000);

/** numerator / denominator rounded half away from zero (Excel's ROUND), exactly. */
export function roundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const sign = numerator < 0n !== denominator < 0n ? -1n : 1n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (2n * n + d) / (2n * d);
  return sign * q;
}

/** A whole number (safe integer) as BigInt; `what` names it in the error. */
function wholeNumber(value: number, what: string): bigint {
  if (!Number.isSafeInteger(value))
    throw new RangeError(`${what} must be a whole number, not ${value}`);
  return BigInt(value);
}

/** A BigInt result as Cents, refusing one beyond ±MAX_CENTS with a message naming `what`. */
function withinMaxCents(value: bigint, what: string): Cents {
  if (value > BigInt(MAX_CENTS) || value < -BigInt(MAX_CENTS)) {
    throw new RangeError(
      `${what} overflows: ${value} cents is beyond the largest amount (${MAX_CENTS} cents)`,
    );
  }
  return asCents(Number(value));
}

/** round(cents × bp / 10 000), half away from zero. */
export function applyBasisPoints(cents: number, bp: number): Cents {
  return asCents(
    Number(
      roundHalfAwayFromZero(wholeNumber(cents, 'cents') * wholeNumber(bp, 'basis points'), 10_000n),
    ),
  );
}

/**
 * A budget line's amount: round(quantity × rate / 1000) half away from zero, with the quantity in
 * thousandths (see parseQuantity). Exact through BigInt; refuses a result beyond MAX_CENTS.
 */
export function multiplyQuantity(quantityMilli: number, rateCents: number): Cents {
  const product =
    wholeNumber(quantityMilli, 'quantity (thousandths)') * wholeNumber(rateCents, 'rate (cents)');
  return withinMaxCents(
    roundHalfAwayFromZero(product, 1000n),
    `quantity ${quantityMilli / 1000} × rate ${rateCents} cents`,
  );
}

/** Sum of amounts, exact (BigInt), refusing a total beyond MAX_CENTS. */
export function sumCents(values: readonly number[]): Cents {
  let total = 0n;
  for (const value of values) total += BigInt(asCents(value));
  return withinMaxCents(total, `the sum of ${values.length} amounts`);
}

/** floor(a / b) for b > 0 (BigInt division truncates toward zero). */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b < 0n ? q - 1n : q;
}

/**
 * Adds one unit to the `count` entries with the largest remainders (ties: lower index first): the
 * largest-remainder method's last step.
 */
function distributeLeftover(
  floors: bigint[],
  remainders: readonly bigint[],
  count: bigint,
): bigint[] {
  const order = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((a, b) =>
      a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
    );
  for (const { index } of order.slice(0, Number(count))) floors[index] = (floors[index] ?? 0n) + 1n;
  return floors;
}

/**
 * Splits `total` into parts proportional to non-negative integer `weights` (all zero: evenly),
 * each part the floor of its exact share plus one for the largest remainders (ties: lower index
 * first). The parts always add up to `total`; a negative total splits as the mirror of its opposite.
 */
export function splitLargestRemainder(total: number, weights: readonly number[]): Cents[] {
  asCents(total);
  if (weights.length === 0) {
    if (total === 0) return [];
    throw new RangeError(`cannot split ${total} cents into no parts`);
  }
  for (const [i, weight] of weights.entries()) {
    if (!Number.isSafeInteger(weight) || weight < 0) {
      throw new RangeError(`weight ${i} is ${weight}: weights must be non-negative whole numbers`);
    }
  }
  const allZero = weights.every((weight) => weight === 0);
  const big = weights.map((weight) => BigInt(allZero ? 1 : weight));
  const weightSum = big.reduce((sum, weight) => sum + weight, 0n);
  const magnitude = BigInt(Math.abs(total));
  const floors = big.map((weight) => (magnitude * weight) / weightSum);
  const remainders = big.map((weight) => (magnitude * weight) % weightSum);
  const leftover = magnitude - floors.reduce((sum, part) => sum + part, 0n);
  const parts = distributeLeftover(floors, remainders, leftover);
  return parts.map((part) => asCents(Number(total < 0 ? -part : part)));
}

/**
 * Each part's share of `whole` in basis points. The shares add up to round(10 000 × sum(parts) /
 * whole) exactly (largest remainder), so parts that make up the whole get shares that make 10 000.
 * A zero whole gives zero shares.
 */
export function sharesBasisPoints(parts: readonly number[], whole: number): number[] {
  asCents(whole);
  if (whole === 0) return parts.map(() => 0);
  // Work with a positive whole: p / w = (-p) / (-w).
  const flip = whole < 0 ? -1n : 1n;
  const w = BigInt(whole) * flip;
  const scaled = parts.map((part) => BigInt(asCents(part)) * flip * 10_000n);
  const floors = scaled.map((numerator) => floorDiv(numerator, w));
  const remainders = scaled.map((numerator, i) => numerator - (floors[i] ?? 0n) * w);
  const target = roundHalfAwayFromZero(
    scaled.reduce((sum, numerator) => sum + numerator, 0n),
    w,
  );
  // target − Σfloors lies in [0, parts.length]: each share gets at most one more basis point.
  const leftover = target - floors.reduce((sum, share) => sum + share, 0n);
  return distributeLeftover(floors, remainders, leftover).map(Number);
}
