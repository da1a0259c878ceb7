import { progressEn } from '../../../shared/i18n/features/progress.en';
import { useI18n } from '../i18n/useI18n';
import { ProgressBar, type ProgressUnit } from './ProgressBar';
import type { LiveProgress } from './useLongOperation';

type PhaseKey = keyof typeof progressEn.phases;

function isPhaseKey(phase: string): phase is PhaseKey {
  return Object.hasOwn(progressEn.phases, phase);
}

/** What each phase counts; a phase of steps shows its words and the bar, not "2 of 5". */
const UNITS: Partial<Record<PhaseKey, ProgressUnit>> = {
  copy: 'pages',
  backup: 'pages',
  upgrade: 'none',
  sheets: 'sheets',
  apply: 'rows',
  contributors: 'rows',
  pledges: 'rows',
  fulfillment: 'rows',
  projects: 'none',
  budget: 'none',
  financing: 'none',
  campaign: 'none',
  read: 'none',
  write: 'none',
  prepare: 'none',
};

export interface OperationProgressProps {
  /** Which operation runs, translated: the bar's accessible name. */
  label: string;
  progress: LiveProgress | undefined;
  onCancel?: (() => void) | undefined;
  /** The Cancel button's accessible name ("Cancel the copy"); its text stays "Cancel". */
  cancelName?: string | undefined;
}

/**
 * The progress bar of one operation of the contract: its phase in words (`progress.phases`),
 * counts in what the phase counts, the time left at this phase's rate, and Cancel.
 */
export function OperationProgress({
  label,
  progress,
  onCancel,
  cancelName,
}: OperationProgressProps) {
  const { t } = useI18n();
  const phase = progress?.phase !== undefined && isPhaseKey(progress.phase) ? progress.phase : null;
  return (
    <ProgressBar
      label={label}
      phase={phase === null ? undefined : t(`progress.phases.${phase}`)}
      unit={phase === null ? undefined : UNITS[phase]}
      done={progress?.done ?? 0}
      total={progress?.total ?? 0}
      elapsedMs={progress?.elapsedMs}
      onCancel={onCancel}
      cancelName={cancelName}
    />
  );
}
