import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { Campaign } from '../../../../shared/contract';
import { ChartFrame } from '../../charts/ChartFrame';
import { compactMoneyFormatter } from '../../charts/format';
import { useChartPalette } from '../../charts/palette';
import { niceTicks } from '../../charts/ticks';
import { useElementWidth } from '../../charts/useElementWidth';
import { useI18n } from '../../i18n/useI18n';
import { proceedsWaterfall, type ProceedsRow } from './chartData';

const ROW_HEIGHT = 34;
const CHROME_HEIGHT = 44;

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
    return (
      <div role="img" aria-label={t('campaigns.charts.proceeds.empty')} className="chart-empty">
        {t('campaigns.charts.proceeds.empty')}
      </div>
    );
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
  const height = bars.length * ROW_HEIGHT + CHROME_HEIGHT;

  return (
    <div className="campaign-chart" ref={measure}>
      <ChartFrame label={label} height={height}>
        <BarChart
          responsive
          width="100%"
          height={height}
          data={bars}
          layout="vertical"
          margin={{ top: 4, right: 72, bottom: 4, left: 4 }}
          barCategoryGap="20%"
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke={palette.grid} />
          <XAxis
            type="number"
            domain={[low, ticks[ticks.length - 1] ?? 0]}
            ticks={low < 0 ? [low, ...ticks] : ticks}
            interval={0}
            tickFormatter={compact}
            stroke={palette.grid}
            tick={{ fill: palette.textMuted, fontSize: 12 }}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={labelWidth}
            interval={0}
            stroke={palette.grid}
            tick={{ fill: palette.text, fontSize: 12 }}
          />
          <Tooltip
            cursor={{ fill: palette.track, fillOpacity: 0.5 }}
            isAnimationActive={false}
            content={({ active, payload }) => {
              const bar = payload?.[0]?.payload as WaterfallBar | undefined;
              if (!active || !bar) return null;
              return (
                <div className="chart-tooltip">
                  <p className="chart-tooltip-title">{bar.label}</p>
                  <p className="chart-tooltip-value">{money(bar.amountCents)}</p>
                </div>
              );
            }}
          />
          <Bar dataKey="range" isAnimationActive={false}>
            {bars.map((bar) => (
              <Cell key={bar.key} fill={colorOf(bar)} />
            ))}
            <LabelList dataKey="end" position="right" fill={palette.textMuted} fontSize={12} />
          </Bar>
        </BarChart>
      </ChartFrame>
    </div>
  );
}
