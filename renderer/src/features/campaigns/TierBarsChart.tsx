import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { RewardTier } from '../../../../shared/contract';
import type { CampaignStats } from '../../../../shared/contract/campaignStats';
import { ChartFrame } from '../../charts/ChartFrame';
import { ChartLegend } from '../../charts/ChartLegend';
import { useChartPalette } from '../../charts/palette';
import { niceTicks } from '../../charts/ticks';
import { useElementWidth } from '../../charts/useElementWidth';
import { useI18n } from '../../i18n/useI18n';
import { shorten } from './chartData';

const ROW_HEIGHT = 30;
const CHROME_HEIGHT = 44;
const WIDE = { labelWidth: 190, labelChars: 28 };
const NARROW = { labelWidth: 130, labelChars: 16 };
const NARROW_BELOW_PX = 400;

interface TierRow {
  key: string;
  label: string;
  pledged: number;
  /** What is left under the limit (0 without a limit: nothing is drawn). */
  remaining: number;
  limit: number | null;
}

/** One bar per tier: pledges held, then what is left under its limit (drawn as track). */
export function TierBarsChart({ tiers, stats }: { tiers: RewardTier[]; stats: CampaignStats }) {
  const { t, format } = useI18n();
  const palette = useChartPalette();
  const [measure, width] = useElementWidth<HTMLDivElement>();
  const layout = width > 0 && width < NARROW_BELOW_PX ? NARROW : WIDE;
  const rows: TierRow[] = tiers.map((tier) => ({
    key: String(tier.id),
    label: tier.title,
    pledged: tier.pledgedCount,
    remaining: tier.remaining ?? 0,
    limit: tier.quantityLimit,
  }));
  const noReward = stats.byTier.find((stat) => stat.tierId === null);
  if (noReward) {
    rows.push({
      key: 'none',
      label: t('campaigns.charts.tiers.noTier'),
      pledged: noReward.count,
      remaining: 0,
      limit: null,
    });
  }

  if (rows.length === 0) {
    return (
      <div role="img" aria-label={t('campaigns.charts.tiers.empty')} className="chart-empty">
        {t('campaigns.charts.tiers.empty')}
      </div>
    );
  }

  const describe = (row: TierRow) =>
    row.limit === null
      ? t('campaigns.charts.tiers.partNoLimit', { tier: row.label, count: row.pledged })
      : t('campaigns.charts.tiers.partLimit', {
          tier: row.label,
          count: row.pledged,
          limit: format.number(row.limit),
          remaining: format.number(row.remaining),
        });
  const label = t('campaigns.charts.tiers.summary', { parts: rows.map(describe).join('; ') });
  const height = rows.length * ROW_HEIGHT + CHROME_HEIGHT;
  const ticks = niceTicks(Math.max(1, ...rows.map((row) => row.pledged + row.remaining)), 4);
  const endLabel = (row: TierRow) =>
    row.limit === null
      ? format.number(row.pledged)
      : t('campaigns.charts.tiers.ofLimit', {
          pledged: format.number(row.pledged),
          limit: format.number(row.limit),
        });

  return (
    <div className="campaign-chart" ref={measure}>
      <ChartFrame label={label} height={height}>
        <BarChart
          responsive
          width="100%"
          height={height}
          data={rows.map((row) => ({
            ...row,
            // The count goes at the end of the last segment drawn: pledged, or what is left.
            pledgedEnd: row.remaining > 0 ? '' : endLabel(row),
            remainingEnd: row.remaining > 0 ? endLabel(row) : '',
          }))}
          layout="vertical"
          margin={{ top: 4, right: 72, bottom: 4, left: 4 }}
          barCategoryGap="22%"
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke={palette.grid} />
          <XAxis
            type="number"
            domain={[0, ticks[ticks.length - 1] ?? 0]}
            ticks={ticks}
            interval={0}
            allowDecimals={false}
            tickFormatter={(value: number) => format.number(value)}
            stroke={palette.grid}
            tick={{ fill: palette.textMuted, fontSize: 12 }}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={layout.labelWidth}
            tickFormatter={(value: string) => shorten(value, layout.labelChars)}
            interval={0}
            stroke={palette.grid}
            tick={{ fill: palette.text, fontSize: 12 }}
          />
          <Tooltip
            cursor={{ fill: palette.track, fillOpacity: 0.5 }}
            isAnimationActive={false}
            content={({ active, payload }) => {
              const row = payload?.[0]?.payload as TierRow | undefined;
              if (!active || !row) return null;
              return (
                <div className="chart-tooltip">
                  <p className="chart-tooltip-title">{row.label}</p>
                  <p>{describe(row)}</p>
                </div>
              );
            }}
          />
          <Bar
            dataKey="pledged"
            name={t('campaigns.charts.tiers.pledged')}
            stackId="tier"
            fill={palette.crowd}
            isAnimationActive={false}
          >
            <LabelList
              dataKey="pledgedEnd"
              position="right"
              fill={palette.textMuted}
              fontSize={12}
            />
          </Bar>
          <Bar
            dataKey="remaining"
            name={t('campaigns.charts.tiers.remaining')}
            stackId="tier"
            fill={palette.track}
            isAnimationActive={false}
          >
            <LabelList
              dataKey="remainingEnd"
              position="right"
              fill={palette.textMuted}
              fontSize={12}
            />
          </Bar>
        </BarChart>
      </ChartFrame>
      <ChartLegend
        title={t('campaigns.charts.tiers.title')}
        entries={[
          { key: 'pledged', label: t('campaigns.charts.tiers.pledged'), color: palette.crowd },
          { key: 'remaining', label: t('campaigns.charts.tiers.remaining'), color: palette.track },
        ]}
      />
    </div>
  );
}
