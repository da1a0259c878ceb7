import { Area, AreaChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Campaign } from '../../../../shared/contract';
import type { CampaignStats } from '../../../../shared/contract/campaignStats';
import { ChartFrame } from '../../charts/ChartFrame';
import { ChartLegend, type LegendEntry } from '../../charts/ChartLegend';
import { compactMoneyFormatter } from '../../charts/format';
import { useChartPalette } from '../../charts/palette';
import { niceTicks } from '../../charts/ticks';
import { useElementWidth } from '../../charts/useElementWidth';
import { useI18n } from '../../i18n/useI18n';
import { cumulativeTimeline, dayTicks, type TimelinePoint } from './chartData';
import { ChartEmpty } from './chartParts';

const HEIGHT = 260;
/** The cap is drawn only when it stays on a readable scale next to the goal. */
const CAP_SCALE_LIMIT = 2;

interface PledgesTimelineChartProps {
  campaign: Campaign;
  stats: CampaignStats;
  /** The project's crowd cap, in cents. */
  capCents: number;
}

/** Cumulative pledges per day over the campaign window, against the goal and the crowd cap. */
export function PledgesTimelineChart({ campaign, stats, capCents }: PledgesTimelineChartProps) {
  const { t, format, locale } = useI18n();
  const palette = useChartPalette();
  const [measure, width] = useElementWidth<HTMLDivElement>();
  const currency = campaign.currency;
  const money = (cents: number) => format.money(cents, currency);
  const compact = compactMoneyFormatter(locale, currency);
  const shortDay = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const longDay = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const timeline = cumulativeTimeline(stats.perDay, campaign);

  if (timeline.points.length === 0) {
    return <ChartEmpty text={t('campaigns.charts.timeline.empty')} />;
  }

  const goal = campaign.goalCents;
  const reach = Math.max(goal, timeline.totalCents);
  const capOnScale = capCents > 0 && capCents <= reach * CAP_SCALE_LIMIT;
  const yTicks = niceTicks(Math.max(reach, capOnScale ? capCents : 0, 1), 4);
  const xTicks = dayTicks(timeline.domain, width > 0 && width < 560 ? 4 : 7);
  const label = t('campaigns.charts.timeline.summary', {
    total: money(timeline.totalCents),
    goal: money(goal),
    percent: format.percentBp(goal > 0 ? Math.round((timeline.totalCents * 10_000) / goal) : 0),
    from: longDay.format(timeline.domain[0]),
    to: longDay.format(timeline.domain[1]),
    count: timeline.totalCount,
  });
  const legend: LegendEntry[] = [
    {
      key: 'cumulative',
      label: t('campaigns.charts.timeline.cumulative'),
      color: palette.crowd,
      value: money(timeline.totalCents),
    },
    {
      key: 'goal',
      label: t('campaigns.charts.timeline.goal'),
      color: palette.positive,
      value: money(goal),
    },
  ];
  if (capCents > 0) {
    legend.push({
      key: 'cap',
      label: capOnScale
        ? t('campaigns.charts.timeline.cap')
        : t('campaigns.charts.timeline.capOffScale'),
      color: palette.warning,
      value: money(capCents),
    });
  }

  return (
    <div className="campaign-chart" ref={measure}>
      <ChartFrame label={label} height={HEIGHT}>
        <AreaChart
          responsive
          width="100%"
          height={HEIGHT}
          data={timeline.points}
          margin={{ top: 12, right: 16, bottom: 4, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid vertical={false} stroke={palette.grid} />
          <XAxis
            type="number"
            dataKey="day"
            domain={timeline.domain}
            ticks={xTicks}
            interval={0}
            tickFormatter={(day: number) => shortDay.format(day)}
            stroke={palette.grid}
            tick={{ fill: palette.textMuted, fontSize: 12 }}
          />
          <YAxis
            type="number"
            domain={[0, yTicks[yTicks.length - 1] ?? 0]}
            ticks={yTicks}
            interval={0}
            width={72}
            tickFormatter={compact}
            stroke={palette.grid}
            tick={{ fill: palette.textMuted, fontSize: 12 }}
          />
          <Tooltip
            cursor={{ stroke: palette.textMuted }}
            isAnimationActive={false}
            content={({ active, payload }) => {
              const point = payload?.[0]?.payload as TimelinePoint | undefined;
              if (!active || !point) return null;
              return (
                <div className="chart-tooltip">
                  <p className="chart-tooltip-title">{longDay.format(point.day)}</p>
                  <p>
                    {t('campaigns.charts.timeline.cumulative')}{' '}
                    <span className="chart-tooltip-value">{money(point.cumulativeCents)}</span>
                  </p>
                  <p>
                    {t('campaigns.charts.timeline.thatDay', {
                      count: point.count,
                      amount: money(point.amountCents),
                    })}
                  </p>
                </div>
              );
            }}
          />
          <Area
            type="linear"
            dataKey="cumulativeCents"
            name={t('campaigns.charts.timeline.cumulative')}
            stroke={palette.crowd}
            strokeWidth={2}
            fill={palette.crowd}
            fillOpacity={0.18}
            isAnimationActive={false}
          />
          <ReferenceLine
            y={goal}
            stroke={palette.positive}
            strokeWidth={2}
            strokeDasharray="6 4"
            label={{
              value: t('campaigns.charts.timeline.goal'),
              // Above its line (the cap's label sits below its own): clear of the grid line below.
              position: 'insideBottomLeft',
              fill: palette.text,
              fontSize: 12,
            }}
          />
          {capOnScale && (
            <ReferenceLine
              y={capCents}
              stroke={palette.warning}
              strokeWidth={2}
              strokeDasharray="2 3"
              label={{
                value: t('campaigns.charts.timeline.cap'),
                position: 'insideTopRight',
                fill: palette.text,
                fontSize: 12,
              }}
            />
          )}
        </AreaChart>
      </ChartFrame>
      <ChartLegend title={t('campaigns.charts.timeline.title')} entries={legend} />
    </div>
  );
}
