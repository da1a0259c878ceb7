import { Bar } from 'recharts';
import type { RewardTier } from '../../../../shared/contract';
import type { CampaignStats } from '../../../../shared/contract/campaignStats';
import { ChartLegend } from '../../charts/ChartLegend';
import { useChartPalette } from '../../charts/palette';
import { useElementWidth } from '../../charts/useElementWidth';
import { useI18n } from '../../i18n/useI18n';
import { shorten } from './chartData';
import { BarEndLabel, ChartEmpty, countAxis, HorizontalBarChart } from './chartParts';

const ROW_HEIGHT = 30;
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
    return <ChartEmpty text={t('campaigns.charts.tiers.empty')} />;
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
  const endLabel = (row: TierRow) =>
    row.limit === null
      ? format.number(row.pledged)
      : t('campaigns.charts.tiers.ofLimit', {
          pledged: format.number(row.pledged),
          limit: format.number(row.limit),
        });

  return (
    <div className="campaign-chart" ref={measure}>
      <HorizontalBarChart
        summary={label}
        rows={rows.map((row) => ({
          ...row,
          // The count goes at the end of the last segment drawn: pledged, or what is left.
          pledgedEnd: row.remaining > 0 ? '' : endLabel(row),
          remainingEnd: row.remaining > 0 ? endLabel(row) : '',
        }))}
        rowHeight={ROW_HEIGHT}
        marginRight={72}
        barCategoryGap="22%"
        valueAxis={countAxis(
          Math.max(...rows.map((row) => row.pledged + row.remaining)),
          format.number,
        )}
        labelAxis={{
          width: layout.labelWidth,
          format: (value) => shorten(value, layout.labelChars),
        }}
        tooltip={(row) => <p>{describe(row)}</p>}
      >
        <Bar
          dataKey="pledged"
          name={t('campaigns.charts.tiers.pledged')}
          stackId="tier"
          fill={palette.crowd}
          isAnimationActive={false}
        >
          <BarEndLabel dataKey="pledgedEnd" />
        </Bar>
        <Bar
          dataKey="remaining"
          name={t('campaigns.charts.tiers.remaining')}
          stackId="tier"
          fill={palette.track}
          isAnimationActive={false}
        >
          <BarEndLabel dataKey="remainingEnd" />
        </Bar>
      </HorizontalBarChart>
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
