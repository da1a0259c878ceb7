import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_CENTS,
  applyBasisPoints,
  asCents,
  centsSchema,
  multiplyQuantity,
  roundHalfAwayFromZero,
  sumCents,
} from '../../shared/money';

/**
 * Oracle for rounding, written differently from the code under test: truncate, then look at the
 * remainder. |2r| ≥ |d| means the exact quotient is at least half-way to the next integer.
 */
function roundOracle(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = n % d;
  const abs = (x: bigint): bigint => (x < 0n ? -x : x);
  if (2n * abs(r) < abs(d)) return q;
  return n < 0n !== d < 0n ? q - 1n : q + 1n;
}

const safeCents = fc.oneof(
  fc.integer({ min: -10_000, max: 10_000 }),
  fc.bigInt({ min: -BigInt(MAX_CENTS), max: BigInt(MAX_CENTS) }).map(Number),
);

describe('roundHalfAwayFromZero', () => {
  it('rounds exact halves away from zero, like Excel ROUND', () => {
    expect(roundHalfAwayFromZero(5n, 10n)).toBe(1n);
    expect(roundHalfAwayFromZero(-5n, 10n)).toBe(-1n);
    expect(roundHalfAwayFromZero(15n, 10n)).toBe(2n);
    expect(roundHalfAwayFromZero(-15n, 10n)).toBe(-2n);
    expect(roundHalfAwayFromZero(25n, 10n)).toBe(3n); // not banker's rounding (which gives 2)
    expect(roundHalfAwayFromZero(14n, 10n)).toBe(1n);
    expect(roundHalfAwayFromZero(-14n, 10n)).toBe(-1n);
    expect(roundHalfAwayFromZero(5n, -10n)).toBe(-1n);
    expect(roundHalfAwayFromZero(0n, 7n)).toBe(0n);
  });

  it('refuses a zero denominator', () => {
    expect(() => roundHalfAwayFromZero(1n, 0n)).toThrow(RangeError);
  });

  it('is symmetric and matches the truncate-and-compare oracle', () => {
    const denominator = fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }).filter((d) => d !== 0n);
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), denominator, (n, d) => {
        const rounded = roundHalfAwayFromZero(n, d);
        expect(roundHalfAwayFromZero(-n, d)).toBe(-rounded);
        expect(roundHalfAwayFromZero(n, -d)).toBe(-rounded);
        expect(rounded).toBe(roundOracle(n, d));
      }),
    );
  });

  it('sends every exact half k + ½ to k + 1 (and its mirror to −k − 1)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.bigInt({ min: 1n, max: 10n ** 4n }),
        (k, half) => {
          const d = 2n * half;
          expect(roundHalfAwayFromZero(k * d + half, d)).toBe(k + 1n);
          expect(roundHalfAwayFromZero(-(k * d + half), d)).toBe(-k - 1n);
        },
      ),
    );
  });
});

describe('applyBasisPoints', () => {
  it('applies a rate and rounds half away from zero once', () => {
    expect(applyBasisPoints(12_345, 500)).toBe(617); // 617.25
    expect(applyBasisPoints(1, 5_000)).toBe(1); // 0.5
    expect(applyBasisPoints(-1, 5_000)).toBe(-1);
    expect(applyBasisPoints(-10, 5_000)).toBe(-5);
    expect(applyBasisPoints(199_999, 1)).toBe(20); // 19.9999
  });

  it('keeps the amount at 10 000 bp and gives zero at 0 bp', () => {
    fc.assert(
      fc.property(safeCents, (cents) => {
        expect(applyBasisPoints(cents, 10_000)).toBe(cents);
        expect(applyBasisPoints(cents, 0)).toBe(0);
      }),
    );
  });

  it('is within half a cent of the exact value, even for amounts a float would blur', () => {
    fc.assert(
      fc.property(safeCents, fc.integer({ min: 0, max: 10_000 }), (cents, bp) => {
        const result = BigInt(applyBasisPoints(cents, bp));
        expect(result).toBe(roundOracle(BigInt(cents) * BigInt(bp), 10_000n));
      }),
    );
  });

  it('refuses fractional input', () => {
    expect(() => applyBasisPoints(10.5, 100)).toThrow(/whole number/);
    expect(() => applyBasisPoints(100, 2.5)).toThrow(/basis points/);
  });
});

describe('multiplyQuantity', () => {
  it('multiplies a quantity in thousandths by a rate and rounds once', () => {
    expect(multiplyQuantity(1_500, 333)).toBe(500); // 1.5 × 3.33 = 4.995 → 5.00
    expect(multiplyQuantity(1_500, -333)).toBe(-500);
    expect(multiplyQuantity(333, 100)).toBe(33); // 0.333 × 1.00
    expect(multiplyQuantity(125, 8)).toBe(1);
    expect(multiplyQuantity(2_500, 1)).toBe(3); // 2.5 cents → 3
    expect(multiplyQuantity(0, 123_456)).toBe(0);
  });

  it('is the rate itself for a quantity of one', () => {
    fc.assert(
      fc.property(safeCents, (rate) => {
        expect(multiplyQuantity(1_000, rate)).toBe(rate);
      }),
    );
  });

  it('is exact where the float product loses digits', () => {
    const quantity = fc.integer({ min: 0, max: 2 ** 31 - 1 });
    const rate = fc.integer({ min: -(2 ** 31 - 1), max: 2 ** 31 - 1 });
    fc.assert(
      fc.property(quantity, rate, (q, r) => {
        const expected = roundOracle(BigInt(q) * BigInt(r), 1_000n);
        const fits = expected <= BigInt(MAX_CENTS) && expected >= -BigInt(MAX_CENTS);
        if (fits) expect(BigInt(multiplyQuantity(q, r))).toBe(expected);
        else expect(() => multiplyQuantity(q, r)).toThrow(/overflows/);
      }),
    );
  });

  it('names the overflow when the line is beyond MAX_CENTS', () => {
    expect(() => multiplyQuantity(1_000_000, MAX_CENTS)).toThrow(RangeError);
    expect(() => multiplyQuantity(1_000_000, MAX_CENTS)).toThrow(/overflows/);
    expect(multiplyQuantity(1_000, MAX_CENTS)).toBe(MAX_CENTS);
    expect(() => multiplyQuantity(1_001, MAX_CENTS)).toThrow(/overflows/);
  });
});

describe('sumCents', () => {
  it('adds amounts exactly, where float addition would round', () => {
    expect(sumCents([])).toBe(0);
    expect(sumCents([1, 2, 3])).toBe(6);
    // As floats, MAX_SAFE_INTEGER + 2 rounds to an even number and the result would be 1.
    expect(sumCents([Number.MAX_SAFE_INTEGER, 2, -Number.MAX_SAFE_INTEGER])).toBe(2);
  });

  it('refuses a total beyond MAX_CENTS, naming the overflow', () => {
    expect(sumCents([MAX_CENTS, -1, 1])).toBe(MAX_CENTS);
    expect(() => sumCents([MAX_CENTS, 1])).toThrow(/overflows/);
    expect(() => sumCents([-MAX_CENTS, -1])).toThrow(RangeError);
  });

  it('refuses a value that is not whole cents', () => {
    expect(() => sumCents([1, 0.5])).toThrow(/not an integer amount of cents/);
  });
});

describe('asCents and centsSchema', () => {
  it('accepts safe integers only, without a negative zero', () => {
    expect(Object.is(asCents(-0), 0)).toBe(true);
    expect(() => asCents(0.1)).toThrow(RangeError);
    expect(() => asCents(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
    expect(centsSchema.safeParse(MAX_CENTS).success).toBe(true);
    expect(centsSchema.safeParse(MAX_CENTS + 1).success).toBe(false);
    expect(centsSchema.safeParse(1.5).success).toBe(false);
  });
});
