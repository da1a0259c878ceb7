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
