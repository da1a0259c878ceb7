export interface LegendEntry {
  key: string;
  label: string;
  /** Any CSS background: a colour, or a gradient standing for a hatched part. */
  color: string;
  /** Already formatted: an amount, or an amount with its share. */
  value?: string;
  /** A second figure in its own column (a share of the budget), already formatted. */
  share?: string;
  /** For a part drawn translucent in the chart (what is left to finance). */
  opacity?: number;
}

interface ChartLegendProps {
  title: string;
  entries: readonly LegendEntry[];
}

/** An HTML legend beside a chart: it wraps and never clips, unlike one drawn in the SVG. */
export function ChartLegend({ title, entries }: ChartLegendProps) {
  return (
    <ul className="chart-legend" aria-label={title}>
      {entries.map((entry) => (
        <li key={entry.key} className="chart-legend-item">
          <span
            className="chart-swatch"
            style={{ background: entry.color, opacity: entry.opacity }}
            aria-hidden="true"
          />
          <span className="chart-legend-label">{entry.label}</span>
          {entry.value !== undefined && <span className="chart-legend-value">{entry.value}</span>}
          {entry.share !== undefined && <span className="chart-legend-share">{entry.share}</span>}
        </li>
      ))}
    </ul>
  );
}
