import type { ApiError } from '../api';
import { ErrorNotice } from './ErrorNotice';

interface FormFailureProps {
  /** The refusal a contract form holds (useContractForm's `failure`); nothing is shown without one. */
  failure: { error: ApiError; unplaced: readonly string[] } | undefined;
  /** "Not saved. {message}", already translated. */
  summary: (message: string) => string;
}

/** Above a refused form: what went wrong, then the issues that name none of its fields. */
export function FormFailure({ failure, summary }: FormFailureProps) {
  if (!failure) return null;
  return (
    <>
      <ErrorNotice error={failure.error} summary={summary} />
      {failure.unplaced.length > 0 && (
        <ul className="form-issues">
          {failure.unplaced.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </>
  );
}

interface FormActionsProps {
  cancelLabel: string;
  submitLabel: string;
  onCancel: () => void;
  /** While sending, or when there is nothing to send to: the submit button is disabled. */
  disabled: boolean;
}

/** Cancel, then the form's submit: the same two buttons, in the same order, on every form. */
export function FormActions({ cancelLabel, submitLabel, onCancel, disabled }: FormActionsProps) {
  return (
    <div className="form-actions">
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {cancelLabel}
      </button>
      <button type="submit" className="button button-primary" disabled={disabled}>
        {submitLabel}
      </button>
    </div>
  );
}
