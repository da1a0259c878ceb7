import type { BudgetImportPreview, ImportIssue } from '../../../../shared/contract';
import { useI18n } from '../../i18n/useI18n';

function IssueItems({ issues }: { issues: readonly ImportIssue[] }) {
  const { t } = useI18n();
  return (
    <ul className="budget-import-issues">
      {issues.map((issue, index) => (
        <li key={`${issue.line}-${index}`}>
          <span className="budget-import-where">
            {t('budgetImport.errors.line', { line: issue.line })}
          </span>{' '}
          {issue.message}
        </li>
      ))}
    </ul>
  );
}

/** Errors (they block the import), things to check, and the rows left out, each by line. */
export function ImportIssues({ preview }: { preview: BudgetImportPreview }) {
  const { t } = useI18n();
  const { errors, errorCount, warnings, skipped } = preview;
  const unlisted = errorCount - errors.length;
  return (
    <>
      {errorCount > 0 && (
        <section
          className="notice notice-error budget-import-errors"
          aria-labelledby="budget-import-errors"
        >
          <div className="notice-body">
            <h3 className="notice-title" id="budget-import-errors">
              {t('budgetImport.errors.title', { count: errorCount })}
            </h3>
            <IssueItems issues={errors} />
            {unlisted > 0 && <p>{t('budgetImport.errors.more', { count: unlisted })}</p>}
          </div>
        </section>
      )}
      {warnings.length > 0 && (
        <details className="budget-import-details budget-import-warnings" open>
          <summary>{t('budgetImport.warnings.title', { count: warnings.length })}</summary>
          <IssueItems issues={warnings} />
        </details>
      )}
      {skipped.length > 0 && (
        <details className="budget-import-details">
          <summary>{t('budgetImport.skipped.title', { count: skipped.length })}</summary>
          <ul className="budget-import-issues">
            {skipped.map((row) => (
              <li key={row.line}>
                {t('budgetImport.skipped.item', {
                  line: row.line,
                  reason: t(`budgetImport.skipped.reasons.${row.reason}`),
                  text: row.text,
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
