import type { Issue } from '../../../../shared/errors';
import { translateIssue, type Translator } from '../../../../shared/i18n';

/** The contract's refusals this screen meets, in the user's language; others as translateIssue says. */
export function translateContributorIssue(issue: Issue, translator: Translator): string {
  const { t } = translator;
  const { message } = issue;
  if (message.startsWith('must be an email address')) return t('contributors.issues.email');
  if (message.includes('ISO 3166')) return t('contributors.issues.country');
  if (message.startsWith('already the email of contributor'))
    return t('contributors.issues.emailTaken');
  return translateIssue(issue, translator);
}

export interface PlacedIssues<F extends string> {
  fields: Partial<Record<F, string>>;
  /** Issues that name no field of the form: shown above it. */
  unplaced: string[];
}

/**
 * The contract's issues beside the fields they name. `fieldOf` maps an issue's path to a form
 * field (or undefined); the first issue of a field wins.
 */
export function placeIssues<F extends string>(
  issues: readonly Issue[],
  translator: Translator,
  fieldOf: (path: readonly (string | number)[]) => F | undefined,
  translate: (issue: Issue, translator: Translator) => string = translateContributorIssue,
): PlacedIssues<F> {
  const fields: Partial<Record<F, string>> = {};
  const unplaced: string[] = [];
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    const message = translate(issue, translator);
    if (field === undefined) unplaced.push(message);
    else fields[field] ??= message;
  }
  return { fields, unplaced };
}
