import { Bar, Cell } from 'recharts';
import type { Campaign } from '../../../../shared/contract';
import { compactMoneyFormatter } from '../../charts/format';
import { useChartPalette } from '../../charts/palette';
import { niceTicks } from '../../charts/ticks';
import { useElementWidth } from '../../charts/useElementWidth';
import { useI18n } from '../../i18n/useI18n';
import { proceedsWaterfall, type ProceedsRow } from './chartData';
import { BarEndLabel, ChartEmpty, HorizontalBarChart } from './chartParts';

const ROW_HEIGHT = 34;

interface WaterfallBar extends ProceedsRow {
  label: string;
  end: string;
}

/**
 * From gross to net as a waterfall: what was collected, each cost taken off in turn (commission,
 * payment fees, reward production, shipping), and the net crowd proceeds left.
 */
export function ProceedsChart({ campaign }: { campaign: Campaign }) {
  const { t, format, locale } = useI18n();
  const palette = useChartPalette();
  const [measure, width] = useElementWidth<HTMLDivElement>();
  // A narrow card (or the longer French amounts) gets fewer ticks rather than overlapping ones.
  const intervals = width > 0 && width < 560 ? 2 : 4;
  const labelWidth = width > 0 && width < 560 ? 130 : 170;
  const money = (cents: number) => format.money(cents, campaign.currency);
  const compact = compactMoneyFormatter(locale, campaign.currency);
  const bars: WaterfallBar[] = proceedsWaterfall(campaign).map((row) => ({
    ...row,
    label: t(`campaigns.money.${row.key}`),
    end:
      row.kind === 'cost' && row.amountCents > 0
        ? t('campaigns.charts.proceeds.minus', { amount: compact(row.amountCents) })
        : compact(row.amountCents),
  }));
  const colorOf = (row: ProceedsRow) => {
    if (row.kind === 'cost') return palette.negative;
    if (row.kind === 'net') return row.amountCents < 0 ? palette.negative : palette.positive;
    return palette.crowd;
  };

  if (campaign.collectedCents === 0 && campaign.costsCents === 0) {
    return <ChartEmpty text={t('campaigns.charts.proceeds.empty')} />;
  }

  const label = t('campaigns.charts.proceeds.summary', {
    collected: money(campaign.collectedCents),
    commission: money(campaign.commissionCents),
    paymentFees: money(campaign.paymentFeesCents),
    rewardCost: money(campaign.rewardCostCents),
    shippingCost: money(campaign.shippingCostCents),
    net: money(campaign.netCents),
  });
  const low = Math.min(0, campaign.netCents);
  const ticks = niceTicks(Math.max(1, campaign.collectedCents), intervals);

  return (
    <div className="campaign-chart" ref={measure}>
      <HorizontalBarChart
        summary={label}
        rows={bars}
        rowHeight={ROW_HEIGHT}
        marginRight={72}
        barCategoryGap="20%"
        valueAxis={{
          domain: [low, ticks[ticks.length - 1] ?? 0],
          ticks: low < 0 ? [low, ...ticks] : ticks,
          format: compact,
        }}
        labelAxis={{ width: labelWidth }}
        tooltip={(bar) => <p className="chart-tooltip-value">{money(bar.amountCents)}</p>}
      >
        <Bar dataKey="range" isAnimationActive={false}>
          {bars.map((bar) => (
            <Cell key={bar.key} fill={colorOf(bar)} />
          ))}
          <BarEndLabel dataKey="end" />
        </Bar>
      </HorizontalBarChart>
    </div>
  );
}
