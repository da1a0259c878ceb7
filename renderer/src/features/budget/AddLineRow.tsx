import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { budgetUnits, type BudgetChapter, type BudgetUnit } from '../../../../shared/contract';
import { mutate, toApiError } from '../../api';
import { useI18n } from '../../i18n/useI18n';
import { lineErrorsFromIssues, readMoney, readQuantity, type LineField } from './lineEdits';
import { frameProps, type RowFrame } from './rowFrame';

interface AddLineRowProps {
  frame: RowFrame;
  projectId: number;
  chapter: BudgetChapter;
  currency: string;
  decimal: '.' | ',';
  onClose: () => void;
}

interface Draft {
  code: string;
  label: string;
  quantity: string;
  unit: BudgetUnit;
  rate: string;
  notes: string;
}

const EMPTY: Draft = { code: '', label: '', quantity: '1', unit: 'flat', rate: '', notes: '' };

type Errors = Partial<Record<LineField, string>>;

/**
 * The form adding a line, in the grid's own columns at the end of its chapter. It stays open
 * after each line (a devis is typed line after line); Escape or × closes it.
 */
export function AddLineRow({
  frame,
  projectId,
  chapter,
  currency,
  decimal,
  onClose,
}: AddLineRowProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const formId = useId();
  const labelInput = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const set = <F extends keyof Draft>(field: F, value: Draft[F]) =>
    setDraft((previous) => ({ ...previous, [field]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const quantity = readQuantity(draft.quantity, decimal);
    const rateCents = readMoney(draft.rate, currency);
    if (quantity === null || rateCents === null) {
      setErrors({
        ...(quantity === null ? { quantity: t('budget.issues.quantity') } : {}),
        ...(rateCents === null ? { rate: t('budget.issues.money') } : {}),
      });
      setUnplaced([]);
      return;
    }
    setSaving(true);
    try {
      await mutate('budget.addLine', {
        projectId,
        chapterId: chapter.id,
        code: draft.code,
        label: draft.label,
        quantity,
        unit: draft.unit,
        rateCents,
        notes: draft.notes,
      });
      setDraft(EMPTY);
      setErrors({});
      setUnplaced([]);
      labelInput.current?.focus();
    } catch (caught) {
      const { fields, unplaced: others } = lineErrorsFromIssues(toApiError(caught), i18n);
      setErrors(fields);
      setUnplaced(others);
    } finally {
      setSaving(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    // Arrow keys move the caret here, not the grid's focus.
    event.stopPropagation();
    if (event.key === 'Escape') onClose();
  }

  const field = (name: LineField) => ({
    'aria-invalid': Boolean(errors[name]),
    'aria-describedby': errors[name] ? `${formId}-${name}` : undefined,
  });
  const errorOf = (name: LineField) =>
    errors[name] && (
      <p className="budget-cell-error" id={`${formId}-${name}`}>
        {errors[name]}
      </p>
    );

  return (
    <div role="row" className="budget-row budget-add" {...frameProps(frame)}>
      <div role="gridcell" className="budget-add-cell">
        <form
          className="budget-add-form"
          aria-label={t('budget.newLine.form', { chapter: chapter.title })}
          noValidate
          onSubmit={(event) => void submit(event)}
          onKeyDown={onKeyDown}
        >
          <div className="budget-cell">
            <input
              {...field('code')}
              className="control budget-input"
              aria-label={t('budget.newLine.code')}
              placeholder={t('budget.columns.code')}
              autoComplete="off"
              value={draft.code}
              onChange={(event) => set('code', event.target.value)}
            />
            {errorOf('code')}
          </div>
          <div className="budget-cell">
            <input
              {...field('label')}
              ref={labelInput}
              className="control budget-input"
              aria-label={t('budget.newLine.label')}
              placeholder={t('budget.newLine.labelPlaceholder')}
              autoComplete="off"
              autoFocus
              value={draft.label}
              onChange={(event) => set('label', event.target.value)}
            />
            {errorOf('label')}
          </div>
          <div className="budget-cell">
            <input
              {...field('quantity')}
              className="control budget-input numeric"
              aria-label={t('budget.newLine.quantity')}
              inputMode="decimal"
              autoComplete="off"
              value={draft.quantity}
              onChange={(event) => set('quantity', event.target.value)}
            />
            {errorOf('quantity')}
          </div>
          <div className="budget-cell">
            <select
              {...field('unit')}
              className="control budget-input"
              aria-label={t('budget.newLine.unit')}
              value={draft.unit}
              onChange={(event) => {
                const unit = budgetUnits.find((candidate) => candidate === event.target.value);
                if (unit) set('unit', unit);
              }}
            >
              {budgetUnits.map((unit) => (
                <option key={unit} value={unit}>
                  {t(`budget.units.${unit}`)}
                </option>
              ))}
            </select>
            {errorOf('unit')}
          </div>
          <div className="budget-cell">
            <input
              {...field('rate')}
              className="control budget-input numeric"
              aria-label={t('budget.newLine.rate')}
              placeholder={t('budget.newLine.ratePlaceholder')}
              inputMode="decimal"
              autoComplete="off"
              value={draft.rate}
              onChange={(event) => set('rate', event.target.value)}
            />
            {errorOf('rate')}
          </div>
          <div className="budget-cell budget-add-submit">
            <button type="submit" className="button button-primary button-small" disabled={saving}>
              {t('budget.newLine.add')}
            </button>
          </div>
          <div className="budget-cell">
            <input
              {...field('notes')}
              className="control budget-input"
              aria-label={t('budget.newLine.notes')}
              placeholder={t('budget.columns.notes')}
              autoComplete="off"
              value={draft.notes}
              onChange={(event) => set('notes', event.target.value)}
            />
            {errorOf('notes')}
          </div>
          <div className="budget-cell budget-cell-actions">
            <button
              type="button"
              className="icon-button"
              aria-label={t('budget.newLine.close')}
              title={t('budget.newLine.close')}
              onClick={onClose}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
          {unplaced.length > 0 && (
            <ul className="budget-add-issues" role="alert">
              {unplaced.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </form>
      </div>
    </div>
  );
}
