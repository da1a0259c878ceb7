import type { ProjectFigures } from '../../../../shared/contract';

interface FinancingBarProps {
  figures: ProjectFigures;
  label: string;
}

/** Secured, pending and crowd as parts of the budget: the plan closes when the bar is full. */
export function FinancingBar({ figures, label }: FinancingBarProps) {
  const { budgetTotal, secured, pending, crowdLine } = figures;
  const whole = Math.max(budgetTotal, secured + pending + crowdLine);
  // Widths are drawing only: no amount is derived from these ratios.
  const width = (part: number) => (whole > 0 ? `${(Math.max(part, 0) / whole) * 100}%` : '0%');
  return (
    <div className="financing-bar" role="img" aria-label={label}>
      <span className="financing-bar-part part-secured" style={{ width: width(secured) }} />
      <span className="financing-bar-part part-pending" style={{ width: width(pending) }} />
      <span className="financing-bar-part part-crowd" style={{ width: width(crowdLine) }} />
    </div>
  );
}
