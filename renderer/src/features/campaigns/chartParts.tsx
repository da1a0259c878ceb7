import type { ReactNode } from 'react';
import { BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../charts/ChartFrame';
import { useChartPalette } from '../../charts/palette';
import { niceTicks } from '../../charts/ticks';

/** Axis, legend and margins around the bars: added to the rows' own height. */
const CHROME_HEIGHT = 44;

/** A chart with nothing to draw: says so, in place of the drawing. */
export function ChartEmpty({ text }: { text: string }) {
  return (
    <div role="img" aria-label={text} className="chart-empty">
      {text}
    </div>
  );
}

interface ValueAxis {
  domain: [number, number];
  ticks: number[];
  format: (value: number) => string;
  allowDecimals?: boolean;
}

/** A value axis of whole counts (contributors, pledges) from 0 to a round number above the highest. */
export function countAxis(highest: number, formatNumber: (value: number) => string): ValueAxis {
  const ticks = niceTicks(Math.max(1, highest), 4);
  return {
    domain: [0, ticks[ticks.length - 1] ?? 0],
    ticks,
    format: formatNumber,
    allowDecimals: false,
  };
}

/** The label at the end of a bar (inside a <Bar>): what the bar stands for, in words or figures. */
export function BarEndLabel({
  dataKey,
  formatter,
}: {
  dataKey: string;
  formatter?: (value: unknown) => string;
}) {
  const palette = useChartPalette();
  return (
    <LabelList
      dataKey={dataKey}
      position="right"
      fill={palette.textMuted}
      fontSize={12}
      formatter={formatter}
    />
  );
}

interface HorizontalBarChartProps<Row extends { label: string }> {
  /** The chart's text summary, read instead of the drawing. */
  summary: string;
  rows: readonly Row[];
  rowHeight: number;
  /** Room right of the longest bar for its end label. */
  marginRight: number;
  barCategoryGap: string;
  /** The value axis: its span, its ticks and how a tick reads. */
  valueAxis: ValueAxis;
  /** The category axis: how wide its labels may be, and how a long one is cut. */
  labelAxis: { width: number; format?: (label: string) => string };
  /** What the tooltip says under the row's label. */
  tooltip: (row: Row) => ReactNode;
  /** The <Bar> elements (recharts wants them as direct children of the chart). */
  children: ReactNode;
}

/**
 * The campaign charts' horizontal bars: one row a category (its label on the left), the value axis
 * below, a tooltip titled by the row's label; the caller brings the bars.
 */
export function HorizontalBarChart<Row extends { label: string }>({
  summary,
  rows,
  rowHeight,
  marginRight,
  barCategoryGap,
  valueAxis,
  labelAxis,
  tooltip,
  children,
}: HorizontalBarChartProps<Row>) {
  const palette = useChartPalette();
  const height = rows.length * rowHeight + CHROME_HEIGHT;
  return (
    <ChartFrame label={summary} height={height}>
      <BarChart
        responsive
        width="100%"
        height={height}
        data={rows}
        layout="vertical"
        margin={{ top: 4, right: marginRight, bottom: 4, left: 4 }}
        barCategoryGap={barCategoryGap}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke={palette.grid} />
        <XAxis
          type="number"
          domain={valueAxis.domain}
          ticks={valueAxis.ticks}
          interval={0}
          allowDecimals={valueAxis.allowDecimals}
          tickFormatter={valueAxis.format}
          stroke={palette.grid}
          tick={{ fill: palette.textMuted, fontSize: 12 }}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={labelAxis.width}
          tickFormatter={labelAxis.format}
          interval={0}
          stroke={palette.grid}
          tick={{ fill: palette.text, fontSize: 12 }}
        />
        <Tooltip
          cursor={{ fill: palette.track, fillOpacity: 0.5 }}
          isAnimationActive={false}
          content={({ active, payload }) => {
            const row = payload?.[0]?.payload as Row | undefined;
            if (!active || !row) return null;
            return (
              <div className="chart-tooltip">
                <p className="chart-tooltip-title">{row.label}</p>
                {tooltip(row)}
              </div>
            );
          }}
        />
        {children}
      </BarChart>
    </ChartFrame>
  );
}
