import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { FinancingSummary } from '../../../../shared/contract';
import { ChartFrame } from '../../charts/ChartFrame';
import { ChartTooltip } from '../../charts/ChartTooltip';
import { compactMoneyFormatter } from '../../charts/format';
import { useChartPalette } from '../../charts/palette';
import { niceTicks } from '../../charts/ticks';
import { useElementWidth } from '../../charts/useElementWidth';
import { useI18n } from '../../i18n/useI18n';

const ROW_HEIGHT = 30;
/** Room for the axis under the bars and the margins. */
const CHROME_HEIGHT = 44;
/**
 * Long chapter titles are shortened on the axis (the tooltip and the summary keep them whole);
 * a narrow card gets shorter labels and fewer ticks rather than overlapping text.
 */
const WIDE = { labelWidth: 270, labelChars: 38, intervals: 4 };
const NARROW = { labelWidth: 150, labelChars: 20, intervals: 2 };
const NARROW_BELOW_PX = 600;

function shorten(label: string, maxChars: number): string {
  return label.length > maxChars ? `${label.slice(0, maxChars - 1).trimEnd()}…` : label;
}

/** Horizontal bars: one per chapter, in the budget's order, amounts on the axis and at the bar's end. */
export function ChapterBarsChart({ summary }: { summary: FinancingSummary }) {
  const { t, format, locale } = useI18n();
  const palette = useChartPalette();
  const [measure, width] = useElementWidth<HTMLDivElement>();
  const layout = width > 0 && width < NARROW_BELOW_PX ? NARROW : WIDE;
  const money = (cents: number) => format.money(cents, summary.currency);
  const compact = compactMoneyFormatter(locale, summary.currency);
  const rows = summary.chapters.map((chapter) => ({
    key: chapter.id,
    label: `${chapter.code} ${chapter.title}`,
    value: chapter.totalCents,
  }));

  if (rows.length === 0) {
    return (
      <div role="img" aria-label={t('dashboard.chapters.empty')} className="chart-empty">
        {t('dashboard.chapters.empty')}
      </div>
    );
  }

  const parts = rows
    .map((row) =>
      t('dashboard.chapters.summaryPart', { chapter: row.label, amount: money(row.value) }),
    )
    .join(', ');
  const height = rows.length * ROW_HEIGHT + CHROME_HEIGHT;
  const amountName = t('dashboard.chapters.amount');
  const ticks = niceTicks(Math.max(...rows.map((row) => row.value)), layout.intervals);

  return (
    <div ref={measure}>
      <ChartFrame label={t('dashboard.chapters.summary', { parts })} height={height}>
        <BarChart
          responsive
          width="100%"
          height={height}
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 64, bottom: 4, left: 4 }}
          barCategoryGap="22%"
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke={palette.grid} />
          <XAxis
            type="number"
            domain={[0, ticks[ticks.length - 1] ?? 0]}
            ticks={ticks}
            interval={0}
            tickFormatter={compact}
            stroke={palette.grid}
            tick={{ fill: palette.textMuted, fontSize: 12 }}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={layout.labelWidth}
            tickFormatter={(label: string) => shorten(label, layout.labelChars)}
            stroke={palette.grid}
            tick={{ fill: palette.text, fontSize: 12 }}
            interval={0}
          />
          <Tooltip
            cursor={{ fill: palette.track, fillOpacity: 0.5 }}
            content={(props) => (
              <ChartTooltip
                {...props}
                title={typeof props.label === 'string' ? props.label : undefined}
                formatValue={money}
              />
            )}
            isAnimationActive={false}
          />
          <Bar dataKey="value" name={amountName} fill={palette.secured} isAnimationActive={false}>
            <LabelList
              dataKey="value"
              position="right"
              formatter={(value) => (typeof value === 'number' ? compact(value) : '')}
              fill={palette.textMuted}
              fontSize={12}
            />
          </Bar>
        </BarChart>
      </ChartFrame>
    </div>
  );
}
