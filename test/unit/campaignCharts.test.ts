import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateRemainingMs } from '../../renderer/src/components/ProgressBar';
import {
  cumulativeTimeline,
  dayTicks,
  dayValue,
  proceedsWaterfall,
  topCountries,
} from '../../renderer/src/features/campaigns/chartData';
import type { CampaignMoney } from '../../shared/contract';

const DAY = 86_400_000;

describe('cumulative pledges per day', () => {
  it('runs over the window, carries the total over days without pledges, stops at the last pledge', () => {
    const timeline = cumulativeTimeline(
      [
        { date: '2026-10-13', amountCents: 2_500, count: 1 },
        { date: '2026-10-15', amountCents: 4_000, count: 2 },
      ],
      { startsOn: '2026-10-12', endsOn: '2026-11-30' },
    );
    const start = dayValue('2026-10-12') ?? 0;
    expect(timeline.domain).toEqual([start, dayValue('2026-11-30')]);
    expect(timeline.points.map((p) => [p.day, p.cumulativeCents])).toEqual([
      [start, 0],
      [start + DAY, 2_500],
      [start + 2 * DAY, 2_500],
      [start + 3 * DAY, 6_500],
    ]);
    expect(timeline.totalCount).toBe(3);
  });

  it('stretches the axis to hold pledges outside the window, and has nothing without pledges', () => {
    const early = cumulativeTimeline([{ date: '2026-10-01', amountCents: 100, count: 1 }], {
      startsOn: '2026-10-12',
      endsOn: null,
    });
    expect(early.domain[0]).toBe(dayValue('2026-10-01'));
    expect(early.domain[1]).toBeGreaterThanOrEqual(dayValue('2026-10-12') ?? Infinity);
    expect(cumulativeTimeline([], { startsOn: null, endsOn: null }).points).toEqual([]);
  });

  it('ends on the exact integer sum of the days, in order, for any pledges', () => {
    const day = fc
      .record({ offset: fc.integer({ min: 0, max: 120 }), amountCents: fc.integer({ min: 0, max: 10_000_000 }) })
      .map(({ offset, amountCents }) => ({
        date: new Date(Date.UTC(2026, 0, 1) + offset * DAY).toISOString().slice(0, 10),
        amountCents,
        count: 1,
      }));
    fc.assert(
      fc.property(fc.uniqueArray(day, { selector: (d) => d.date }), (days) => {
        const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date));
        const timeline = cumulativeTimeline(sorted, { startsOn: null, endsOn: null });
        const total = sorted.reduce((sum, d) => sum + d.amountCents, 0);
        expect(timeline.totalCents).toBe(total);
        const values = timeline.points.map((p) => p.cumulativeCents);
        expect(values).toEqual([...values].sort((a, b) => a - b));
      }),
    );
  });
});

describe('chart helpers', () => {
  it('spreads whole-day ticks over the domain', () => {
    const from = dayValue('2026-10-12') ?? 0;
    const ticks = dayTicks([from, from + 49 * DAY], 6);
    expect(ticks[0]).toBe(from);
    expect(ticks.every((tick) => (tick - from) % DAY === 0)).toBe(true);
    expect(ticks.length).toBeLessThanOrEqual(7);
    expect(ticks[ticks.length - 1]).toBeLessThanOrEqual(from + 49 * DAY);
  });

  it('keeps the top countries and adds up the others', () => {
    const stats = ['FR', 'BE', 'CH', 'CA'].map((code, i) => ({
      countryCode: code,
      contributors: 10 - i,
      amountCents: 100 * (10 - i),
    }));
    const { rows, others } = topCountries(stats, 2);
    expect(rows.map((row) => row.code)).toEqual(['FR', 'BE']);
    expect(others).toEqual({ countries: 2, contributors: 8 + 7 });
  });

  it('estimates the time left from the rate so far, not before it means something', () => {
    expect(estimateRemainingMs(1_000, 4_000, 2_000)).toBe(6_000);
    expect(estimateRemainingMs(0, 4_000, 2_000)).toBeNull();
    expect(estimateRemainingMs(4_000, 4_000, 2_000)).toBeNull();
    expect(estimateRemainingMs(10, 4_000, 100)).toBeNull();
  });
});

describe('gross to net waterfall', () => {
  const money = (parts: Partial<CampaignMoney>): CampaignMoney => {
    const base = {
      collectedCents: 100_000,
      commissionCents: 8_000,
      paymentFeesCents: 3_000,
      rewardCostCents: 20_000,
      shippingCostCents: 5_000,
      ...parts,
    };
    const costs =
      base.commissionCents + base.paymentFeesCents + base.rewardCostCents + base.shippingCostCents;
    return {
      ...base,
      collectedPayments: 10,
      costsCents: costs,
      netCents: base.collectedCents - costs,
      countedCents: 0,
      pledgedCents: 0,
      contributionCount: 10,
    } as CampaignMoney;
  };

  it('takes each cost off the running level and ends on the net', () => {
    const rows = proceedsWaterfall(money({}));
    expect(rows.map((row) => row.key)).toEqual([
      'collected',
      'commission',
      'paymentFees',
      'rewardCost',
      'shippingCost',
      'net',
    ]);
    expect(rows.map((row) => row.range)).toEqual([
      [0, 100_000],
      [92_000, 100_000],
      [89_000, 92_000],
      [69_000, 89_000],
      [64_000, 69_000],
      [0, 64_000],
    ]);
  });

  it('draws a net below zero when the crowd costs more than it brought', () => {
    const rows = proceedsWaterfall(money({ collectedCents: 10_000 }));
    const net = rows[rows.length - 1];
    expect(net?.amountCents).toBeLessThan(0);
    expect(net?.range).toEqual([net?.amountCents, 0]);
    const shipping = rows.find((row) => row.key === 'shippingCost');
    expect(shipping?.range[0]).toBe(net?.amountCents);
  });
});
