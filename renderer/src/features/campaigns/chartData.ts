import type {
  CampaignDayStat,
  CampaignCountryStat,
} from '../../../../shared/contract/campaignStats';
import type { CampaignMoney } from '../../../../shared/contract';

const DAY_MS = 86_400_000;
/** Beyond this many days the series keeps only the days with pledges (no filling). */
const MAX_FILLED_DAYS = 1500;

/** A calendar day YYYY-MM-DD as UTC milliseconds (the chart's time axis); null if not a day. */
export function dayValue(date: string | null): number | null {
  if (date === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

export interface TimelinePoint {
  /** UTC milliseconds of the day. */
  day: number;
  /** What was pledged that day, and the running total at its end. */
  amountCents: number;
  count: number;
  cumulativeCents: number;
}

export interface Timeline {
  points: TimelinePoint[];
  /** The axis runs over the campaign window, stretched to hold every pledge. */
  domain: [number, number];
  totalCents: number;
  totalCount: number;
}

/**
 * Cumulative pledges per day over the campaign window: every day from the start (or the first
 * pledge, if earlier) to the last pledge, days without pledges carrying the total on. Integer
 * sums of cents: the running total is exact.
 */
export function cumulativeTimeline(
  perDay: readonly CampaignDayStat[],
  window: { startsOn: string | null; endsOn: string | null },
): Timeline {
  const days = perDay.flatMap((stat) => {
    const day = dayValue(stat.date);
    return day === null ? [] : [{ ...stat, day }];
  });
  const start = dayValue(window.startsOn);
  const end = dayValue(window.endsOn);
  const firstPledge = days[0]?.day ?? null;
  const lastPledge = days[days.length - 1]?.day ?? null;
  const first = Math.min(...[start, firstPledge].filter((d): d is number => d !== null));
  const lastData = lastPledge ?? start;
  const domainEnd = Math.max(
    ...[end, start, lastData, first].filter((d): d is number => d !== null),
  );
  if (!Number.isFinite(first) || lastData === null) {
    return { points: [], domain: [0, 0], totalCents: 0, totalCount: 0 };
  }

  const byDay = new Map(days.map((d) => [d.day, d]));
  const span = Math.round((lastData - first) / DAY_MS);
  const dayList =
    span <= MAX_FILLED_DAYS
      ? Array.from({ length: span + 1 }, (_, i) => first + i * DAY_MS)
      : [...new Set([first, ...days.map((d) => d.day)])];
  let cumulative = 0;
  let count = 0;
  const points = dayList.map((day) => {
    const stat = byDay.get(day);
    cumulative += stat?.amountCents ?? 0;
    count += stat?.count ?? 0;
    return {
      day,
      amountCents: stat?.amountCents ?? 0,
      count: stat?.count ?? 0,
      cumulativeCents: cumulative,
    };
  });
  return {
    points,
    domain: [first, domainEnd === first ? first + DAY_MS : domainEnd],
    totalCents: cumulative,
    totalCount: count,
  };
}

/** About `count` day ticks spread evenly over the domain, on whole days. */
export function dayTicks([from, to]: [number, number], count = 6): number[] {
  const days = Math.max(1, Math.round((to - from) / DAY_MS));
  const step = Math.max(1, Math.ceil(days / Math.max(1, count - 1)));
  const ticks: number[] = [];
  for (let d = 0; d <= days; d += step) ticks.push(from + d * DAY_MS);
  return ticks;
}

export interface CountryRow {
  code: string;
  contributors: number;
  amountCents: number;
}

/** The `top` countries with most contributors, and what the others add up to. */
export function topCountries(
  byCountry: readonly CampaignCountryStat[],
  top = 10,
): { rows: CountryRow[]; others: { countries: number; contributors: number } } {
  const rows = byCountry.slice(0, top).map((stat) => ({
    code: stat.countryCode,
    contributors: stat.contributors,
    amountCents: stat.amountCents,
  }));
  const rest = byCountry.slice(top);
  return {
    rows,
    others: {
      countries: rest.length,
      contributors: rest.reduce((sum, stat) => sum + stat.contributors, 0),
    },
  };
}

export const PROCEEDS_STEPS = [
  'collected',
  'commission',
  'paymentFees',
  'rewardCost',
  'shippingCost',
  'net',
] as const;
export type ProceedsStep = (typeof PROCEEDS_STEPS)[number];

export interface ProceedsRow {
  key: ProceedsStep;
  /** The amount the step stands for (a cost is positive here; it is taken off). */
  amountCents: number;
  /** Where the bar runs on the axis: [low, high]. */
  range: [number, number];
  kind: 'total' | 'cost' | 'net';
}

/**
 * The waterfall from gross to net: collected, each cost taken off in turn from the running
 * level, then the net (which may be below zero when the crowd costs more than it brought).
 */
export function proceedsWaterfall(money: CampaignMoney): ProceedsRow[] {
  const costs: [ProceedsStep, number][] = [
    ['commission', money.commissionCents],
    ['paymentFees', money.paymentFeesCents],
    ['rewardCost', money.rewardCostCents],
    ['shippingCost', money.shippingCostCents],
  ];
  let level = money.collectedCents;
  const rows: ProceedsRow[] = [
    {
      key: 'collected',
      amountCents: money.collectedCents,
      range: [0, money.collectedCents],
      kind: 'total',
    },
  ];
  for (const [key, cost] of costs) {
    const after = level - cost;
    rows.push({
      key,
      amountCents: cost,
      range: [Math.min(level, after), Math.max(level, after)],
      kind: 'cost',
    });
    level = after;
  }
  rows.push({
    key: 'net',
    amountCents: money.netCents,
    range: [Math.min(0, money.netCents), Math.max(0, money.netCents)],
    kind: 'net',
  });
  return rows;
}

export function shorten(label: string, maxChars: number): string {
  return label.length > maxChars ? `${label.slice(0, maxChars - 1).trimEnd()}…` : label;
}
