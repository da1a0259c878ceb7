import { useId } from 'react';
import type { ImportChange, ImportSummary } from '../../../../shared/contract';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { useI18n } from '../../i18n/useI18n';
import { changeText } from '../../../../shared/i18n/importChanges';
import { ImportIssueList } from './ImportIssueList';

const COUNTS = ['created', 'updated', 'unchanged', 'skipped', 'flaggedMissing'] as const;
type CountKey = (typeof COUNTS)[number];

/** Counts per pledge row, as the preview or the run gives them. */
export function ImportCounts({ summary }: { summary: ImportSummary }) {
  const { t, format } = useI18n();
  const tone = (key: CountKey) =>
    (key === 'skipped' || key === 'flaggedMissing') && summary[key] > 0 ? ' is-warning' : '';
  return (
    <div className="import-counts-block">
      <dl className="import-counts" aria-label={t('imports.counts.label')}>
        {COUNTS.map((key) => (
          <div key={key} className={`import-count${tone(key)}`}>
            <dt>{t(`imports.counts.${key}`)}</dt>
            <dd data-testid={`import-count-${key}`}>{format.number(summary[key])}</dd>
          </div>
        ))}
      </dl>
      <p className="import-muted">
        {t('imports.counts.contributors', {
          created: format.number(summary.contributorsCreated),
          updated: format.number(summary.contributorsUpdated),
        })}
      </p>
    </div>
  );
}

function TiersToCreate({ summary, currency }: { summary: ImportSummary; currency: string }) {
  const { t, format } = useI18n();
  const headingId = useId();
  if (summary.tiersCreated.length === 0) return null;
  return (
    <section className="import-section" aria-labelledby={headingId}>
      <h3 className="import-heading" id={headingId}>
        {t('imports.tiers.title', { count: summary.tiersCreated.length })}
      </h3>
      <ul className="import-tiers">
        {summary.tiersCreated.map((tier) => (
          <li key={tier.id}>
            <span className="import-tier-title">{tier.title}</span>
            {tier.isAddon && <span className="tag">{t('imports.tiers.addon')}</span>}
            {/* An add-on read from a file has no minimum of its own: only a real one is shown. */}
            {(!tier.isAddon || tier.minimumCents > 0) && (
              <span className="import-muted">
                {t('imports.tiers.minimum', {
                  minimum: format.money(tier.minimumCents, currency),
                })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

type ChangeColumn = 'contributor' | 'field' | 'from' | 'to';

function Changes({ summary, currency }: { summary: ImportSummary; currency: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = useId();
  if (summary.changeCount === 0) return null;
  const text = (value: string) => (
    <span className="import-cell-text" title={value}>
      {value === '' ? t('imports.changes.empty') : value}
    </span>
  );
  const columns: VirtualColumn<ImportChange, ChangeColumn>[] = [
    {
      id: 'contributor',
      header: t('imports.changes.contributor'),
      width: 'minmax(9rem, 1.2fr)',
      cell: (change) => text(change.contributor),
    },
    {
      id: 'field',
      header: t('imports.changes.field'),
      width: 'minmax(8rem, 1fr)',
      cell: (change) => text(changeText(change, i18n, currency).field),
    },
    {
      id: 'from',
      header: t('imports.changes.from'),
      width: 'minmax(8rem, 1.2fr)',
      cell: (change) => text(changeText(change, i18n, currency).from),
    },
    {
      id: 'to',
      header: t('imports.changes.to'),
      width: 'minmax(8rem, 1.2fr)',
      cell: (change) => text(changeText(change, i18n, currency).to),
    },
  ];
  const unlisted = summary.changeCount - summary.changes.length;
  return (
    <section className="import-section" aria-labelledby={headingId}>
      <h3 className="import-heading" id={headingId}>
        {t('imports.changes.title', { count: summary.changeCount })}
      </h3>
      <VirtualTable
        label={t('imports.changes.title', { count: summary.changeCount })}
        columns={columns}
        rowCount={summary.changes.length}
        rowAt={(index) => summary.changes[index]}
        loadingLabel={t('app.loading')}
        rowHeight={36}
        className="import-changes"
      />
      {unlisted > 0 && <p className="import-muted">{t('imports.more', { count: unlisted })}</p>}
    </section>
  );
}

/** Errors block the import: every one is listed with its file, line and column. */
export function ImportErrors({ errors, errorCount }: Pick<ImportSummary, 'errors' | 'errorCount'>) {
  const { t } = useI18n();
  const headingId = useId();
  if (errorCount === 0) return null;
  const unlisted = errorCount - errors.length;
  return (
    <section className="notice notice-error import-errors" aria-labelledby={headingId}>
      <div className="notice-body">
        <h3 className="notice-title" id={headingId}>
          {t('imports.issues.title', { count: errorCount })}
        </h3>
        <ImportIssueList issues={errors} label={t('imports.issues.list')} />
        {unlisted > 0 && <p>{t('imports.more', { count: unlisted })}</p>}
      </div>
    </section>
  );
}

/** What the dry run found: counts, tiers it would add, every change, every error. */
export function ImportPreview({ summary, currency }: { summary: ImportSummary; currency: string }) {
  return (
    <>
      <ImportErrors errors={summary.errors} errorCount={summary.errorCount} />
      <ImportCounts summary={summary} />
      <TiersToCreate summary={summary} currency={currency} />
      <Changes summary={summary} currency={currency} />
    </>
  );
}
