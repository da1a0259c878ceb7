import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CENTS, sharesBasisPoints, splitLargestRemainder } from '../../shared/money';

const sum = (values: readonly number[]): bigint => values.reduce((acc, v) => acc + BigInt(v), 0n);

const weights = fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 12 });
const total = fc.oneof(
  fc.integer({ min: -1_000, max: 1_000 }),
  fc.bigInt({ min: -BigInt(MAX_CENTS), max: BigInt(MAX_CENTS) }).map(Number),
);

describe('splitLargestRemainder', () => {
  it('splits by weight, the leftover cents going to the largest remainders', () => {
    expect(splitLargestRemainder(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitLargestRemainder(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(splitLargestRemainder(2, [1, 1, 1])).toEqual([1, 1, 0]); // ties: lower index first
    expect(splitLargestRemainder(10, [1, 2])).toEqual([3, 7]); // 3.33 / 6.67: the .67 wins
    expect(splitLargestRemainder(100, [0, 5, 0])).toEqual([0, 100, 0]);
    expect(splitLargestRemainder(10, [0, 0])).toEqual([5, 5]); // all zero: evenly
    expect(splitLargestRemainder(0, [3, 4])).toEqual([0, 0]);
    expect(splitLargestRemainder(0, [])).toEqual([]);
  });

  it('refuses what cannot be split', () => {
    expect(() => splitLargestRemainder(5, [])).toThrow(/no parts/);
    expect(() => splitLargestRemainder(5, [1, -1])).toThrow(/weight 1 is -1/);
    expect(() => splitLargestRemainder(5, [1.5])).toThrow(RangeError);
    expect(() => splitLargestRemainder(0.5, [1])).toThrow(RangeError);
  });

  it('always adds up to the total, each part less than a cent from its exact share', () => {
    fc.assert(
      fc.property(total, weights, (t, w) => {
        const parts = splitLargestRemainder(t, w);
        expect(parts).toHaveLength(w.length);
        expect(sum(parts)).toBe(BigInt(t));
        const used = w.every((x) => x === 0) ? w.map(() => 1) : w;
        const weightSum = sum(used);
        parts.forEach((part, i) => {
          // |part − t·w/W| < 1  ⇔  |part·W − t·w| < W
          const gap = BigInt(part) * weightSum - BigInt(t) * BigInt(used[i] ?? 0);
          expect(gap < 0n ? -gap : gap).toBeLessThan(weightSum);
        });
      }),
    );
  });

  it('gives the extra cents to the largest remainders, ties to the lower index', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), weights, (t, w) => {
        const parts = splitLargestRemainder(t, w);
        const used = w.every((x) => x === 0) ? w.map(() => 1) : w;
        const weightSum = sum(used);
        const remainder = (i: number): bigint => (BigInt(t) * BigInt(used[i] ?? 0)) % weightSum;
        const bumped = (i: number): boolean =>
          BigInt(parts[i] ?? 0) * weightSum > BigInt(t) * BigInt(used[i] ?? 0);
        for (let i = 0; i < parts.length; i++) {
          for (let j = 0; j < parts.length; j++) {
            if (!bumped(i) || bumped(j)) continue;
            // i got a cent and j did not: i's remainder beats j's, or ties with j coming later.
            expect(remainder(i) > remainder(j) || (remainder(i) === remainder(j) && i < j)).toBe(
              true,
            );
          }
        }
      }),
    );
  });

  it('splits a negative total as the mirror of the positive one', () => {
    fc.assert(
      fc.property(total, weights, (t, w) => {
        expect(splitLargestRemainder(-t, w)).toEqual(
          splitLargestRemainder(t, w).map((p) => -p || 0),
        );
      }),
    );
  });
});

describe('sharesBasisPoints', () => {
  it('gives each part its share in basis points', () => {
    expect(sharesBasisPoints([1, 1, 1], 3)).toEqual([3_334, 3_333, 3_333]);
    expect(sharesBasisPoints([250, 750], 1_000)).toEqual([2_500, 7_500]);
    expect(sharesBasisPoints([1, 2], 4)).toEqual([2_500, 5_000]); // parts are 75 % of the whole
    expect(sharesBasisPoints([5, -5], -10)).toEqual([-5_000, 5_000]);
    expect(sharesBasisPoints([3, 4], 0)).toEqual([0, 0]);
    expect(sharesBasisPoints([], 100)).toEqual([]);
  });

  it('sums to 10 000 when the parts make up the whole', () => {
    const parts = fc.array(fc.nat({ max: 10_000_000 }), { minLength: 1, maxLength: 15 });
    fc.assert(
      fc.property(
        parts.filter((p) => p.some((x) => x > 0)),
        (p) => {
          const shares = sharesBasisPoints(p, Number(sum(p)));
          expect(sum(shares)).toBe(10_000n);
        },
      ),
    );
  });

  it('sums to the rounded share of the parts and keeps each share within 1 bp', () => {
    const part = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 });
    const whole = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).filter((w) => w !== 0);
    fc.assert(
      fc.property(fc.array(part, { maxLength: 10 }), whole, (p, w) => {
        const shares = sharesBasisPoints(p, w);
        // Independent oracle: the exact share x = n / w, rounded by comparing 2·|remainder| with |w|.
        const n = 10_000n * sum(p);
        const q = n / BigInt(w);
        const r = n % BigInt(w);
        const abs = (x: bigint): bigint => (x < 0n ? -x : x);
        const rounded = 2n * abs(r) < abs(BigInt(w)) ? q : n < 0n !== w < 0 ? q - 1n : q + 1n;
        expect(sum(shares)).toBe(rounded);
        shares.forEach((share, i) => {
          const gap = BigInt(share) * BigInt(w) - 10_000n * BigInt(p[i] ?? 0);
          expect(abs(gap)).toBeLessThan(abs(BigInt(w)));
        });
      }),
    );
  });
});
