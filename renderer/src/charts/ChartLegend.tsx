export interface LegendEntry {
  key: string;
  label: string;
  color: string;
  /** Already formatted (an amount, a share). */
  value?: string;
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
          <span className="chart-swatch" style={{ background: entry.color }} aria-hidden="true" />
          <span className="chart-legend-label" title={entry.label}>
            {entry.label}
          </span>
          {entry.value !== undefined && <span className="chart-legend-value">{entry.value}</span>}
        </li>
      ))}
    </ul>
  );
}
