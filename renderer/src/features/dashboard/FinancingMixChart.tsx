import { Pie, PieChart, Tooltip } from 'recharts';
import type { FinancingSummary } from '../../../../shared/contract';
import { ChartFrame } from '../../charts/ChartFrame';
import { ChartLegend, type LegendEntry } from '../../charts/ChartLegend';
import { ChartTooltip } from '../../charts/ChartTooltip';
import { useChartPalette, type ChartPalette } from '../../charts/palette';
import type { I18n } from '../../i18n/I18nProvider';
import { useI18n } from '../../i18n/useI18n';

const HEIGHT = 240;
/** The statuses that are in the plan, inner ring order (declined is not in the plan). */
const PLAN_STATUSES = ['received', 'confirmed', 'planned'] as const;

interface Slice {
  key: string;
  name: string;
  value: number;
  fill: string;
}

interface Rings {
  kinds: Slice[];
  statuses: Slice[];
}

/**
 * Outer ring: each kind's total (plus the crowd line); inner ring: the same kinds split by
 * status in the same order, so each status arc sits under its kind.
 */
function ringsOf(summary: FinancingSummary, i18n: I18n, palette: ChartPalette): Rings {
  const { t } = i18n;
  const kinds: Slice[] = [];
  const statuses: Slice[] = [];
  for (const row of summary.byKind) {
    if (row.total <= 0) continue;
    const kindName = t(`dashboard.kinds.${row.kind}`);
    kinds.push({ key: row.kind, name: kindName, value: row.total, fill: palette.kinds[row.kind] });
    for (const status of PLAN_STATUSES) {
      if (row[status] <= 0) continue;
      statuses.push({
        key: `${row.kind}-${status}`,
        name: `${kindName} · ${t(`dashboard.statuses.${status}`)}`,
        value: row[status],
        fill: palette[status],
      });
    }
  }
  if (summary.crowdLine > 0) {
    const crowd = { name: t('dashboard.mix.crowd'), value: summary.crowdLine, fill: palette.crowd };
    kinds.push({ key: 'crowd', ...crowd });
    statuses.push({ key: 'crowd-line', ...crowd });
  }
  return { kinds, statuses };
}

function shareOf(amount: number, budget: number, i18n: I18n): string {
  // Display only: a share for reading, never an amount.
  return budget > 0 ? i18n.format.shareBp(Math.round((amount * 10_000) / budget)) : '—';
}

export function FinancingMixChart({ summary }: { summary: FinancingSummary }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const palette = useChartPalette();
  const money = (cents: number) => format.money(cents, summary.currency);
  const { kinds, statuses } = ringsOf(summary, i18n, palette);

  if (kinds.length === 0) {
    return (
      <div role="img" aria-label={t('dashboard.mix.summaryEmpty')} className="chart-empty">
        {t('dashboard.mix.empty')}
      </div>
    );
  }

  const parts = kinds
    .map((slice) =>
      t('dashboard.mix.summaryPart', {
        kind: slice.name,
        amount: money(slice.value),
        percent: shareOf(slice.value, summary.budgetTotal, i18n),
      }),
    )
    .join(', ');
  const kindLegend: LegendEntry[] = kinds.map((slice) => ({
    key: slice.key,
    label: slice.name,
    color: slice.fill,
    value: money(slice.value),
    share: shareOf(slice.value, summary.budgetTotal, i18n),
  }));
  const statusLegend: LegendEntry[] = PLAN_STATUSES.map((status) => ({
    key: status,
    label: t(`dashboard.statuses.${status}`),
    color: palette[status],
  }));

  return (
    <div className="dash-mix">
      <div className="dash-mix-chart">
        <ChartFrame label={t('dashboard.mix.summary', { parts })} height={HEIGHT}>
          <PieChart responsive width="100%" height={HEIGHT} accessibilityLayer={false}>
            <Pie
              data={statuses}
              dataKey="value"
              nameKey="name"
              innerRadius="42%"
              outerRadius="62%"
              startAngle={90}
              endAngle={-270}
              stroke={palette.surface}
              isAnimationActive={false}
            />
            <Pie
              data={kinds}
              dataKey="value"
              nameKey="name"
              innerRadius="66%"
              outerRadius="96%"
              startAngle={90}
              endAngle={-270}
              stroke={palette.surface}
              isAnimationActive={false}
            />
            <Tooltip
              content={(props) => <ChartTooltip {...props} formatValue={money} />}
              isAnimationActive={false}
            />
          </PieChart>
        </ChartFrame>
        <p className="chart-caption">{t('dashboard.mix.caption')}</p>
      </div>
      <div className="dash-mix-legends">
        <ChartLegend title={t('dashboard.mix.kindLegend')} entries={kindLegend} />
        <div className="dash-mix-status">
          <ChartLegend title={t('dashboard.mix.statusLegend')} entries={statusLegend} />
        </div>
        {summary.declined > 0 && (
          <p className="chart-caption">
            {t('dashboard.mix.declined', { amount: money(summary.declined) })}
          </p>
        )}
      </div>
    </div>
  );
}
