import { useId, useState } from 'react';
import {
  financingStatuses,
  type FinancingSource,
  type FinancingSummary,
} from '../../../../shared/contract';
import { mutate, toApiError, type ApiError } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/useI18n';
import { Icon } from '../../shell/icons';
import { SourceForm } from './SourceForm';
import { newSourceValues, sourceName, sourceValues, type SourceFields } from './sourceFormModel';

interface SourcesSectionProps {
  projectId: number;
  currency: string;
  sources: readonly FinancingSource[];
  summary: FinancingSummary;
}

/** Source (with its kind and notes), status, amount, share, expected, received, actions. */
const COLUMN_COUNT = 7;

type Editing = { kind: 'none' } | { kind: 'create' } | { kind: 'edit'; source: FinancingSource };

/** Kept as data, not text, so it follows a language switch. */
type Notice =
  | { kind: 'added' | 'updated' | 'restored'; source: FinancingSource }
  | { kind: 'removed'; source: FinancingSource }
  | { kind: 'failed'; error: ApiError };

/** The plan's sources with add, edit, status change and remove (with undo); the crowd line below. */
export function SourcesSection({ projectId, currency, sources, summary }: SourcesSectionProps) {
  const { t, format, locale } = useI18n();
  const headingId = useId();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [notice, setNotice] = useState<Notice>();
  const money = (cents: number) => format.money(cents, currency);

  async function create(fields: SourceFields) {
    const source = await mutate('financing.addSource', { projectId, ...fields });
    setEditing({ kind: 'none' });
    setNotice({ kind: 'added', source });
  }

  async function update(id: number, fields: SourceFields) {
    const source = await mutate('financing.updateSource', { id, ...fields });
    setEditing({ kind: 'none' });
    setNotice({ kind: 'updated', source });
  }

  async function run(write: () => Promise<Notice | undefined>) {
    try {
      setNotice(await write());
    } catch (caught) {
      setNotice({ kind: 'failed', error: toApiError(caught) });
    }
  }

  const remove = (source: FinancingSource) =>
    run(async () => ({
      kind: 'removed',
      source: await mutate('financing.removeSource', { id: source.id }),
    }));

  const restore = (source: FinancingSource) =>
    run(async () => ({
      kind: 'restored',
      // Re-added with the same fields (at the end of the plan).
      source: await mutate('financing.addSource', {
        projectId: source.projectId,
        kind: source.kind,
        counterparty: source.counterparty,
        amountCents: source.amountCents,
        status: source.status,
        expectedOn: source.expectedOn,
        receivedOn: source.receivedOn,
        notes: source.notes,
      }),
    }));

  const setStatus = (source: FinancingSource, status: FinancingSource['status']) =>
    run(async () => {
      await mutate('financing.updateSource', { id: source.id, status });
      return undefined;
    });

  return (
    <section className="financing-section" aria-labelledby={headingId}>
      <header className="financing-section-header">
        <h2 id={headingId} className="financing-section-title">
          {t('financing.sources.title')}
        </h2>
        {editing.kind !== 'create' && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setNotice(undefined);
              setEditing({ kind: 'create' });
            }}
          >
            <Icon name="plus" size={16} />
            {t('financing.sources.add')}
          </button>
        )}
      </header>

      {notice?.kind === 'failed' ? (
        <ErrorNotice
          error={notice.error}
          summary={(message) => t('financing.notSaved', { message })}
        />
      ) : (
        <div className="notice notice-success financing-notice" role="status" hidden={!notice}>
          {notice && (
            <span>
              {t(`financing.sources.${notice.kind}`, { name: sourceName(notice.source, t) })}
            </span>
          )}
          {notice?.kind === 'removed' && (
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => void restore(notice.source)}
            >
              {t('financing.undo')}
            </button>
          )}
        </div>
      )}

      {editing.kind === 'create' && (
        <SourceForm
          mode="create"
          heading={t('financing.sourceForm.createTitle')}
          currency={currency}
          initialValues={newSourceValues()}
          onSubmit={create}
          onCancel={() => setEditing({ kind: 'none' })}
        />
      )}

      <div className="table-frame">
        <table className="data-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('financing.sources.columns.source')}</th>
              <th scope="col">{t('financing.sources.columns.status')}</th>
              <th scope="col" className="numeric-cell">
                {t('financing.sources.columns.amount')}
              </th>
              <th scope="col" className="numeric-cell">
                {t('financing.sources.columns.share')}
              </th>
              <th scope="col">{t('financing.sources.columns.expectedOn')}</th>
              <th scope="col">{t('financing.sources.columns.receivedOn')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('financing.sources.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sources.length === 0 && (
              <tr>
                <td colSpan={COLUMN_COUNT} className="table-empty">
                  {t('financing.sources.empty')}
                </td>
              </tr>
            )}
            {sources.map((source) => {
              const name = sourceName(source, t);
              if (editing.kind === 'edit' && editing.source.id === source.id) {
                return (
                  <tr key={source.id} className="table-form-row">
                    <td colSpan={COLUMN_COUNT}>
                      <SourceForm
                        mode="edit"
                        heading={t('financing.sourceForm.editTitle', { name })}
                        currency={currency}
                        initialValues={sourceValues(source, currency, locale)}
                        onSubmit={(fields) => update(source.id, fields)}
                        onCancel={() => setEditing({ kind: 'none' })}
                      />
                    </td>
                  </tr>
                );
              }
              return (
                <tr key={source.id} aria-label={name}>
                  <td className="cell-source">
                    <span className="cell-strong">{source.counterparty || name}</span>
                    {source.counterparty && (
                      <span className="cell-sub">{t(`financing.kinds.${source.kind}`)}</span>
                    )}
                    {source.notes && (
                      // Two lines at most so the row stays compact; the whole note is in the
                      // DOM (read aloud), in the tooltip and in the edit form.
                      <span className="cell-source-notes" title={source.notes}>
                        {source.notes}
                      </span>
                    )}
                  </td>
                  <td>
                    <select
                      className={`control control-compact status-${source.status}`}
                      aria-label={t('financing.sources.statusOf', { name })}
                      value={source.status}
                      onChange={(event) => {
                        const status = financingStatuses.find((s) => s === event.target.value);
                        if (status) void setStatus(source, status);
                      }}
                    >
                      {financingStatuses.map((status) => (
                        <option key={status} value={status}>
                          {t(`financing.statuses.${status}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="numeric-cell">{money(source.amountCents)}</td>
                  <td className="numeric-cell">{format.shareBp(source.shareBp)}</td>
                  <td className="cell-date">
                    {source.expectedOn ? format.date(source.expectedOn) : ''}
                  </td>
                  <td className="cell-date">
                    {source.receivedOn ? format.date(source.receivedOn) : ''}
                  </td>
                  <td className="cell-actions">
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-label={t('financing.sources.edit', { name })}
                      onClick={() => {
                        setNotice(undefined);
                        setEditing({ kind: 'edit', source });
                      }}
                    >
                      {t('financing.sources.editShort')}
                    </button>
                    <button
                      type="button"
                      className="icon-button icon-button-danger"
                      aria-label={t('financing.sources.remove', { name })}
                      title={t('financing.sources.remove', { name })}
                      onClick={() => void remove(source)}
                    >
                      <span aria-hidden="true">×</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr className="crowd-row" aria-label={t('financing.sources.crowdRow')}>
              <th scope="row" colSpan={2}>
                {t('financing.sources.crowdRow')}
                <span className="cell-note">
                  {t('financing.sources.crowdNote', {
                    cap: money(summary.crowdCap),
                    percent: format.percentBp(summary.crowdCapBp),
                  })}
                </span>
              </th>
              <td className="numeric-cell">{money(summary.crowdLine)}</td>
              <td className="numeric-cell">{format.shareBp(summary.plan.crowd.shareBp)}</td>
              <td colSpan={COLUMN_COUNT - 4} className="cell-muted">
                {t('financing.sources.crowdDerived', { goals: money(summary.crowdGoal) })}
              </td>
            </tr>
            {summary.overCapSurplus > 0 && (
              <tr className="surplus-row" aria-label={t('financing.sources.surplus')}>
                <th scope="row" colSpan={2}>
                  {t('financing.sources.surplus')}
                  <span className="cell-note">{t('financing.sources.surplusNote')}</span>
                </th>
                <td className="numeric-cell">{money(summary.overCapSurplus)}</td>
                <td colSpan={COLUMN_COUNT - 3} />
              </tr>
            )}
          </tfoot>
        </table>
      </div>
    </section>
  );
}
