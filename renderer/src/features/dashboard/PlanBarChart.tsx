import { Bar, BarChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { FinancingSummary } from '../../../../shared/contract';
import { ChartFrame } from '../../charts/ChartFrame';
import { ChartLegend, type LegendEntry } from '../../charts/ChartLegend';
import { ChartTooltip } from '../../charts/ChartTooltip';
import { useChartPalette } from '../../charts/palette';
import { useI18n } from '../../i18n/useI18n';

const HEIGHT = 96;
const PARTS = ['secured', 'pending', 'crowd', 'gap'] as const;
type Part = (typeof PARTS)[number];
/** What is left to finance is drawn faint: money still missing, not money found. */
const GAP_OPACITY = 0.4;
/** Axis ticks at these shares of the budget (basis points). */
const TICKS_BP = [0, 2500, 5000, 7500, 10_000];

/**
 * One bar where 100 % is the budget: secured, pending, crowd line and what is left, stacked,
 * with the secured threshold marked. A plan larger than the budget runs past the 100 % tick.
 */
export function PlanBarChart({ summary }: { summary: FinancingSummary }) {
  const { t, format } = useI18n();
  const palette = useChartPalette();
  const money = (cents: number) => format.money(cents, summary.currency);
  const { plan, budgetTotal, securedThreshold } = summary;
  const colors: Record<Part, string> = {
    secured: palette.secured,
    pending: palette.pending,
    crowd: palette.crowd,
    gap: palette.negative,
  };
  const row = {
    name: t('dashboard.plan.title'),
    secured: plan.secured.amountCents,
    pending: plan.pending.amountCents,
    crowd: plan.crowd.amountCents,
    gap: plan.gap.amountCents,
  };
  const planned = row.secured + row.pending + row.crowd + row.gap;
  const whole = Math.max(budgetTotal, planned);
  // Tick positions are drawing only: the amounts shown come from the summary.
  const ticks = TICKS_BP.map((bp) => Math.round((budgetTotal * bp) / 10_000));
  const tickLabel = (value: number) =>
    format.percentBp(budgetTotal > 0 ? Math.round((value * 10_000) / budgetTotal) : 0);
  const thresholdPercent = format.percentBp(summary.securedThresholdBp);

  const label = t('dashboard.plan.summary', {
    budget: money(budgetTotal),
    secured: money(row.secured),
    pending: money(row.pending),
    crowd: money(row.crowd),
    gap: money(row.gap),
    threshold: money(securedThreshold),
  });
  const legend: LegendEntry[] = PARTS.map((part) => ({
    key: part,
    label: t(`dashboard.plan.${part}`),
    color: colors[part],
    opacity: part === 'gap' ? GAP_OPACITY : undefined,
    value: t('dashboard.plan.share', {
      amount: money(plan[part].amountCents),
      percent: format.shareBp(plan[part].shareBp),
    }),
  }));

  return (
    <div className="dash-plan">
      <ChartFrame label={label} height={HEIGHT}>
        <BarChart
          responsive
          width="100%"
          height={HEIGHT}
          data={[row]}
          layout="vertical"
          margin={{ top: 22, right: 24, bottom: 0, left: 8 }}
          barCategoryGap={0}
          accessibilityLayer={false}
        >
          <XAxis
            type="number"
            domain={[0, whole]}
            ticks={ticks}
            tickFormatter={tickLabel}
            interval={0}
            stroke={palette.grid}
            tick={{ fill: palette.textMuted, fontSize: 12 }}
            allowDataOverflow
          />
          <YAxis type="category" dataKey="name" hide />
          <Tooltip
            cursor={false}
            content={(props) => <ChartTooltip {...props} formatValue={money} />}
            isAnimationActive={false}
          />
          {PARTS.map((part) => (
            <Bar
              key={part}
              dataKey={part}
              name={t(`dashboard.plan.${part}`)}
              stackId="plan"
              fill={colors[part]}
              fillOpacity={part === 'gap' ? GAP_OPACITY : 1}
              barSize={30}
              isAnimationActive={false}
            />
          ))}
          <ReferenceLine
            x={securedThreshold}
            stroke={palette.text}
            strokeWidth={2}
            strokeDasharray="4 3"
            label={{
              value: t('dashboard.plan.threshold', { percent: thresholdPercent }),
              position: 'top',
              fill: palette.text,
              fontSize: 12,
            }}
          />
        </BarChart>
      </ChartFrame>
      <div className="dash-plan-legend">
        <ChartLegend title={t('dashboard.plan.title')} entries={legend} />
        <p className="chart-caption">
          {t('dashboard.plan.thresholdLegend', { amount: money(securedThreshold) })}
        </p>
      </div>
    </div>
  );
}
