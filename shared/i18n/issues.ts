import { contractMessageKey, renderText, type Issue } from '../errors';
import type { Translator } from './translate';

/**
 * An issue's text beside a form field. The dispatcher already answers in the workspace's
 * language (see `shared/errors.ts`), so a server issue is shown as sent, with a capital. This only
 * rewrites what a form says better in its own words: percentages (the wire speaks basis points),
 * a contract key met client-side (`validation.required`), and the contract's English phrases
 * (an English workspace, or a message built in the renderer).
 */
export function translateIssue(issue: Issue, translator: Translator): string {
  const { t } = translator;
  const { message } = issue;
  const field = issue.path[issue.path.length - 1];
  if (typeof field === 'string' && field.endsWith('Bp')) {
    if (/^(Too big|Too small|Trop grand|Trop petit)/.test(message)) return t('issues.percentRange');
    if (message.includes('whole basis points') || message === 'validation.wholeBasisPoints') {
      return t('issues.percentFormat');
    }
  }
  const key = contractMessageKey(message);
  if (key !== null) return capitalize(renderText({ key }, translator));
  if (message === 'is required' || message === 'est obligatoire') return t('issues.required');
  const tooLong = /^must be at most (\d+) characters$/.exec(message);
  if (tooLong) return t('issues.tooLong', { max: Number(tooLong[1]) });
  if (message.includes('ISO 4217')) return t('issues.currency');
  if (message.startsWith('Invalid option')) return t('issues.invalidOption');
  return capitalize(message);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
