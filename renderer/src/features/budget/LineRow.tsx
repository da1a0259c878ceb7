import { budgetUnits, type BudgetLine } from '../../../../shared/contract';
import { mutate, toApiError } from '../../api';
import { useI18n } from '../../i18n/useI18n';
import { EditableCell } from './EditableCell';
import {
  cellErrorMessage,
  moneyInputText,
  patchFor,
  problemMessage,
  quantityForDisplay,
  type LineField,
} from './lineEdits';
import { LINE_COLUMNS, type LineColumn } from './budgetRows';
import { frameProps, type RowFrame } from './rowFrame';

interface LineRowProps {
  frame: RowFrame;
  line: BudgetLine;
  currency: string;
  decimal: '.' | ',';
  hintId: string;
  onLeave: (row: number, col: number, direction: 'next' | 'previous') => void;
  onRemove: (line: BudgetLine) => void;
}

const colOf = (column: LineColumn): number => LINE_COLUMNS.indexOf(column);

/** One budget line: every field edits in place; the amount is the server's, never computed here. */
export function LineRow({
  frame,
  line,
  currency,
  decimal,
  hintId,
  onLeave,
  onRemove,
}: LineRowProps) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const row = frame.index;
  const name = line.label;

  async function commit(field: LineField, text: string): Promise<string | null> {
    const parsed = patchFor(field, text, { currency, decimal });
    if ('problem' in parsed) return problemMessage(parsed.problem, i18n);
    try {
      await mutate('budget.updateLine', { id: line.id, ...parsed.patch });
      return null;
    } catch (caught) {
      return cellErrorMessage(toApiError(caught), field, i18n);
    }
  }

  const shared = { row, hintId, onLeave };
  const unitOptions = budgetUnits.map((unit) => ({
    value: unit,
    label: t(`budget.units.${unit}`),
  }));
  const rate = format.money(line.rateCents, currency);

  return (
    <div role="row" aria-label={name} className="budget-row budget-line" {...frameProps(frame)}>
      <EditableCell
        {...shared}
        col={colOf('code')}
        inputLabel={t('budget.cell.code', { label: name })}
        editText={line.code}
        commit={(text) => commit('code', text)}
      >
        {line.code}
      </EditableCell>
      <EditableCell
        {...shared}
        col={colOf('label')}
        className="budget-cell-label"
        inputLabel={t('budget.cell.label', { label: name })}
        editText={line.label}
        commit={(text) => commit('label', text)}
      >
        {line.label}
      </EditableCell>
      <EditableCell
        {...shared}
        col={colOf('quantity')}
        numeric
        inputLabel={t('budget.cell.quantity', { label: name })}
        editText={quantityForDisplay(line.quantity, decimal)}
        commit={(text) => commit('quantity', text)}
      >
        {quantityForDisplay(line.quantity, decimal)}
      </EditableCell>
      <EditableCell
        {...shared}
        col={colOf('unit')}
        inputLabel={t('budget.cell.unit', { label: name })}
        editText={line.unit}
        options={unitOptions}
        commit={(text) => commit('unit', text)}
      >
        {t(`budget.units.${line.unit}`)}
      </EditableCell>
      <EditableCell
        {...shared}
        col={colOf('rate')}
        numeric
        inputLabel={t('budget.cell.rate', { label: name })}
        editText={moneyInputText(line.rateCents, currency, i18n.locale)}
        commit={(text) => commit('rate', text)}
      >
        {rate}
      </EditableCell>
      <div
        role="gridcell"
        className="budget-cell numeric budget-cell-end budget-cell-amount"
        tabIndex={0}
        data-nav={`${row}:${colOf('amount')}`}
      >
        {format.money(line.amountCents, currency)}
      </div>
      <EditableCell
        {...shared}
        col={colOf('notes')}
        className="budget-cell-notes"
        inputLabel={t('budget.cell.notes', { label: name })}
        editText={line.notes}
        commit={(text) => commit('notes', text)}
      >
        {line.notes}
      </EditableCell>
      <div role="gridcell" className="budget-cell budget-cell-actions">
        <button
          type="button"
          className="icon-button icon-button-danger"
          data-nav={`${row}:${colOf('remove')}`}
          aria-label={t('budget.cell.remove', { label: name })}
          title={t('budget.cell.remove', { label: name })}
          onClick={() => onRemove(line)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </div>
  );
}
