import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceTicks } from '../../renderer/src/charts/ticks';

describe('niceTicks (chart axes in cents)', () => {
  it('reads in round steps of the currency', () => {
    // €213,200 of chapter: steps of €50k, up to €250k.
    expect(niceTicks(21_320_000)).toEqual([
      0, 5_000_000, 10_000_000, 15_000_000, 20_000_000, 25_000_000,
    ]);
    expect(niceTicks(100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(7_502_093)).toEqual([0, 2_000_000, 4_000_000, 6_000_000, 8_000_000]);
  });

  it('has a single tick when there is nothing to draw', () => {
    expect(niceTicks(0)).toEqual([0]);
    expect(niceTicks(-5)).toEqual([0]);
  });

  it('starts at 0, climbs by one step, covers the maximum with at most one step to spare', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000_000_00 }), (max) => {
        const ticks = niceTicks(max);
        expect(ticks[0]).toBe(0);
        const last = ticks[ticks.length - 1] ?? 0;
        expect(last).toBeGreaterThanOrEqual(max);
        const step = ticks[1] ?? 0;
        expect(last - step).toBeLessThan(max);
        // Four intervals asked: three to five of them.
        expect(ticks.length).toBeGreaterThanOrEqual(4);
        expect(ticks.length).toBeLessThanOrEqual(6);
      }),
    );
  });
});
