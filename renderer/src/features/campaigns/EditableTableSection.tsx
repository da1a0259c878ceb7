import { Fragment, useId, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { Icon } from '../../shell/icons';

interface EditableTableSectionProps<Row extends { id: number }> {
  title: string;
  /** A line under the title saying what the list is for. */
  note?: string;
  /** The label of the button that opens the form for a new row. */
  newLabel: string;
  /** The notice after a save, naming what was saved. */
  savedMessage: (name: string) => string;
  /** The form for the row being edited (undefined: a new one); `done` gets the saved row's name. */
  renderForm: (row: Row | undefined, done: (savedName?: string) => void) => ReactNode;
  /** The column headers, actions column excepted. */
  columnHeaders: ReactNode;
  /** How many columns, the actions column included (for the empty row). */
  columnCount: number;
  emptyText: string;
  rows: readonly Row[];
  /** A row's cells, its actions cell excepted. */
  rowCells: (row: Row) => ReactNode;
  /** The accessible name of a row's edit button. */
  editLabel: (row: Row) => string;
}

/**
 * A campaign-screen section listing rows in a table, with a button for a new one, an edit button
 * per row opening the same form above the table, and a notice once a row is saved.
 */
export function EditableTableSection<Row extends { id: number }>({
  title,
  note,
  newLabel,
  savedMessage,
  renderForm,
  columnHeaders,
  columnCount,
  emptyText,
  rows,
  rowCells,
  editLabel,
}: EditableTableSectionProps<Row>) {
  const { t } = useI18n();
  const headingId = useId();
  const [editing, setEditing] = useState<Row | 'new' | null>(null);
  const [saved, setSaved] = useState<string>();
  const edit = (target: Row | 'new') => {
    setSaved(undefined);
    setEditing(target);
  };

  const heading = (
    <h2 id={headingId} className="campaign-section-title">
      {title}
    </h2>
  );
  return (
    <section className="campaign-section" aria-labelledby={headingId}>
      <header className="campaign-section-header">
        {note === undefined ? (
          heading
        ) : (
          <div>
            {heading}
            <p className="campaign-section-note">{note}</p>
          </div>
        )}
        {editing === null && (
          <button type="button" className="button button-secondary" onClick={() => edit('new')}>
            <Icon name="plus" size={16} />
            {newLabel}
          </button>
        )}
      </header>
      <p className="notice notice-success" role="status" hidden={saved === undefined}>
        {saved !== undefined && savedMessage(saved)}
      </p>
      {editing !== null && (
        // A new key for another row: the form starts again from that row's values.
        <Fragment key={editing === 'new' ? 'new' : editing.id}>
          {renderForm(editing === 'new' ? undefined : editing, (savedName) => {
            setEditing(null);
            if (savedName !== undefined) setSaved(savedName);
          })}
        </Fragment>
      )}
      <div className="table-frame">
        <table className="data-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              {columnHeaders}
              <th scope="col">
                <span className="visually-hidden">{t('campaigns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={columnCount} className="table-empty">
                  {emptyText}
                </td>
              </tr>
            )}
            {rows.map((row) => (
              <tr key={row.id}>
                {rowCells(row)}
                <td className="cell-actions">
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-label={editLabel(row)}
                    onClick={() => edit(row)}
                  >
                    {t('campaigns.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
