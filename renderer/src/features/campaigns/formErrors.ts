import { translateIssue } from '../../../../shared/i18n';
import type { ApiError } from '../../api';
import type { I18n } from '../../i18n/I18nProvider';

/**
 * The contract's issues beside the form's fields (the first segment of an issue's path names
 * the input field); issues about nothing on the form are returned apart, to show above it.
 */
export function errorsFromFailure<Field extends string>(
  error: ApiError,
  fieldOfPath: Readonly<Record<string, Field>>,
  i18n: I18n,
): { fields: Partial<Record<Field, string>>; unplaced: string[] } {
  const fields: Partial<Record<Field, string>> = {};
  const unplaced: string[] = [];
  for (const issue of error.issues) {
    const head = issue.path[0];
    const field = typeof head === 'string' ? fieldOfPath[head] : undefined;
    const message = translateIssue(issue, i18n);
    if (field !== undefined) fields[field] ??= message;
    else unplaced.push(message);
  }
  return { fields, unplaced };
}
