import type { Issue } from '../errors';
import type { Translator } from './translate';

/**
 * The contract's validation messages are English sentences; this turns the ones the UI shows
 * beside fields into the user's language. Anything unknown is shown as the contract wrote it.
 */
export function translateIssue(issue: Issue, { t }: Translator): string {
  const { message } = issue;
  if (message === 'is required') return t('issues.required');
  const tooLong = /^must be at most (\d+) characters$/.exec(message);
  if (tooLong) return t('issues.tooLong', { max: Number(tooLong[1]) });
  if (message.includes('ISO 4217')) return t('issues.currency');
  if (message.startsWith('Invalid option')) return t('issues.invalidOption');
  const field = issue.path[issue.path.length - 1];
  if (typeof field === 'string' && field.endsWith('Bp')) {
    if (message.startsWith('Too big') || message.startsWith('Too small')) {
      return t('issues.percentRange');
    }
    if (message.includes('whole basis points')) return t('issues.percentFormat');
  }
  return message.charAt(0).toUpperCase() + message.slice(1);
}
