import type { TooltipContentProps } from 'recharts';

interface ChartTooltipProps extends Partial<Pick<TooltipContentProps, 'active' | 'payload'>> {
  /** The heading of the tooltip (a category); absent for pies, where each slice names itself. */
  title?: string | undefined;
  formatValue: (value: number) => string;
}

/** A tooltip styled by the theme's tokens, with amounts through the locale's formatter. */
export function ChartTooltip({ active, payload, title, formatValue }: ChartTooltipProps) {
  if (!active || !payload || payload.length === 0) return null;
  return (
    <div className="chart-tooltip">
      {title && <p className="chart-tooltip-title">{title}</p>}
      {payload.map((entry, index) => (
        <p key={`${String(entry.name)}-${index}`}>
          {entry.name !== undefined && <span>{String(entry.name)} </span>}
          <span className="chart-tooltip-value">
            {typeof entry.value === 'number' ? formatValue(entry.value) : String(entry.value)}
          </span>
        </p>
      ))}
    </div>
  );
}
