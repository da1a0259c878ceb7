import { estimateRemainingMs } from '../../../shared/progress';
import { useI18n } from '../i18n/useI18n';
import './ProgressBar.css';

/** What the counts count ("12 of 40 pages"); `none` shows no counts (steps say it in words). */
export type ProgressUnit = 'pages' | 'rows' | 'sheets' | 'none';

export interface ProgressBarProps {
  /** What is running, already translated ("Reading the files…"): the bar's accessible name. */
  label: string;
  /** What it is doing now, already translated ("Writing the sheets"). */
  phase?: string | undefined;
  /** Without one, the counts are bare numbers ("12 of 40"). */
  unit?: ProgressUnit | undefined;
  done: number;
  /** 0 while the total is not known yet: the bar shows activity without a percentage. */
  total: number;
  /** Time spent from the start until `done` was reached: the rate so far gives the time left. */
  elapsedMs?: number;
  /** Shows a Cancel button (for work that can be dropped without writing anything). */
  onCancel?: (() => void) | undefined;
  /** The Cancel button's text (default "Cancel"). */
  cancelLabel?: string | undefined;
  /** Its accessible name when the text alone is not enough ("Cancel the copy"). */
  cancelName?: string | undefined;
}

function durationText(ms: number, locale: string): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  const [value, unit] = seconds < 90 ? [seconds, 'second'] : [Math.ceil(seconds / 60), 'minute'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/**
 * Progress of a long operation: counts, percentage, and the time left estimated from the rate
 * so far. Before the first report (total 0) it shows activity only.
 */
export function ProgressBar({
  label,
  phase,
  unit,
  done,
  total,
  elapsedMs,
  onCancel,
  cancelLabel,
  cancelName,
}: ProgressBarProps) {
  const { t, format, locale } = useI18n();
  const known = total > 0;
  // Display only: whole percents, never rounded up to 100 before the end.
  const percent = known ? Math.min(100, Math.floor((done * 100) / total)) : 0;
  const countsText = (): string | null => {
    // A phase without counts (preparing, finishing) says what it does, and the bar that it works.
    if (!known) return phase ? null : t('progress.starting');
    if (unit === undefined) {
      return t('progress.counts', { done: format.number(done), total: format.number(total) });
    }
    if (unit === 'none') return null;
    return t(`progress.countsOf.${unit}`, { done: format.number(done), count: total });
  };
  const counts = countsText();
  const remaining = elapsedMs === undefined ? null : estimateRemainingMs(done, total, elapsedMs);
  const eta =
    remaining === null ? null : t('progress.eta', { time: durationText(remaining, locale) });
  const percentText = format.percentBp(percent * 100);
  const detail = [phase, counts, eta].filter(Boolean).join(' · ');
  const valueText = [phase, counts, known ? percentText : null, eta].filter(Boolean).join(' · ');

  return (
    <div className="progress">
      <div className="progress-head">
        <span className="progress-label">{label}</span>
        {known && <span className="progress-percent">{percentText}</span>}
      </div>
      <div
        className={known ? 'progress-track' : 'progress-track is-indeterminate'}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={known ? percent : undefined}
        aria-valuetext={valueText}
      >
        <div className="progress-fill" style={known ? { width: `${percent}%` } : undefined} />
      </div>
      <div className="progress-foot">
        <span className="progress-detail">{detail}</span>
        {onCancel && (
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={onCancel}
            aria-label={cancelName}
          >
            {cancelLabel ?? t('progress.cancel')}
          </button>
        )}
      </div>
    </div>
  );
}
