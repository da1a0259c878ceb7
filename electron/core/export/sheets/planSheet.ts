import type { Worksheet } from 'exceljs';
import type { FinancingSource, FinancingStatus } from '../../../../shared/contract';
import { asCents, sumCents } from '../../../../shared/money';
import type { BudgetWorkbookData } from '../budgetWorkbookData';
import { safeText } from '../cellSafety';
import type { WorkbookLabels } from '../labels';
import { finishSheet, fitColumns, styleHeader, styleTotal, writeTitle } from '../sheetLayout';
import {
  absolute,
  setDate,
  setMoney,
  setShare,
  sheetRef,
  type WorkbookFormats,
} from '../workbookFormat';

/** Where the top sheet finds the plan's headline figures. */
export interface PlanCells {
  secured: string;
  pending: string;
  crowdLine: string;
}

interface CellOf {
  sheet: Worksheet;
  address: string;
}

const HEADER_ROW = 4;
const COLUMNS = 8; // kind, counterparty, status, expected, received, amount, % of budget, notes

function writeSource(
  sheet: Worksheet,
  rowNumber: number,
  source: FinancingSource,
  labels: WorkbookLabels,
  formats: WorkbookFormats,
  budget: { address: string; cents: number },
): void {
  const row = sheet.getRow(rowNumber);
  row.getCell('A').value = labels.kinds[source.kind];
  safeText(row.getCell('B'), source.counterparty);
  row.getCell('C').value = labels.statuses[source.status];
  setDate(row.getCell('D'), formats, source.expectedOn);
  setDate(row.getCell('E'), formats, source.receivedOn);
  setMoney(row.getCell('F'), formats, source.amountCents);
  setShare(
    row.getCell('G'),
    formats,
    `F${rowNumber}`,
    budget.address,
    source.amountCents,
    budget.cents,
  );
  if (source.notes !== '') safeText(row.getCell('H'), source.notes);
}

/**
 * Plan de financement: the sources with their status, dates, amount and share of the budget, the
 * crowd line (derived from the campaigns, capped), then secured, pending and declined totals
 * (SUMIF on the status) and the gap — all formulas with their values cached.
 */
export function writePlanSheet(
  sheet: Worksheet,
  data: BudgetWorkbookData,
  labels: WorkbookLabels,
  formats: WorkbookFormats,
  refs: { budgetTotal: CellOf; crowdLine: CellOf },
): PlanCells {
  const s = data.summary;
  writeTitle(sheet, data.title, labels.sheets.plan);
  const header = sheet.getRow(HEADER_ROW);
  header.values = [
    labels.kind,
    labels.counterparty,
    labels.status,
    labels.expectedOn,
    labels.receivedOn,
    labels.amount,
    labels.shareOfBudget,
    labels.notes,
  ];
  styleHeader(header, COLUMNS);

  const first = HEADER_ROW + 1;
  const crowdRow = first + data.sources.length;
  const at = (offset: number) => crowdRow + 2 + offset;
  const rows = {
    secured: at(0),
    pending: at(1),
    crowd: at(2),
    plan: at(3),
    budget: at(4),
    gap: at(5),
    declined: at(7),
  };
  const budget = { address: absolute(sheet.getCell(`F${rows.budget}`)), cents: s.budgetTotal };

  data.sources.forEach((source, i) => {
    writeSource(sheet, first + i, source, labels, formats, budget);
  });

  const crowd = sheet.getRow(crowdRow);
  crowd.getCell('A').value = labels.crowdKind;
  setMoney(
    crowd.getCell('F'),
    formats,
    s.crowdLine,
    sheetRef(refs.crowdLine.sheet, refs.crowdLine.address),
  );
  setShare(crowd.getCell('G'), formats, `F${crowdRow}`, budget.address, s.crowdLine, s.budgetTotal);
  crowd.getCell('H').value = labels.cappedAt(
    formats.text(s.crowdCap),
    formats.bpText(s.crowdCapBp),
  );

  const sumIf = (statuses: readonly FinancingStatus[]): string | undefined => {
    if (data.sources.length === 0) return undefined;
    const last = crowdRow - 1;
    return statuses
      .map((st) => `SUMIF(C${first}:C${last},"${labels.statuses[st]}",F${first}:F${last})`)
      .join('+');
  };
  const block: Array<[row: number, label: string, cents: number, expression: string | undefined]> =
    [
      [rows.secured, labels.secured, s.secured, sumIf(['confirmed', 'received'])],
      [rows.pending, labels.pending, s.pending, sumIf(['planned'])],
      [rows.crowd, labels.crowdLine, s.crowdLine, `F${crowdRow}`],
      [
        rows.plan,
        labels.planTotal,
        sumCents([s.secured, s.pending, s.crowdLine]),
        `F${rows.secured}+F${rows.pending}+F${rows.crowd}`,
      ],
      [
        rows.budget,
        labels.budgetTotal,
        s.budgetTotal,
        sheetRef(refs.budgetTotal.sheet, refs.budgetTotal.address),
      ],
      [
        rows.gap,
        labels.gap,
        s.gap,
        `F${rows.budget}-F${rows.secured}-F${rows.pending}-F${rows.crowd}`,
      ],
      [rows.declined, labels.declined, asCents(s.declined), sumIf(['declined'])],
    ];
  for (const [row, label, cents, expression] of block) {
    sheet.getCell(`A${row}`).value = label;
    setMoney(sheet.getCell(`F${row}`), formats, cents, expression);
    setShare(sheet.getCell(`G${row}`), formats, `F${row}`, budget.address, cents, s.budgetTotal);
  }
  styleTotal(sheet.getRow(rows.plan), COLUMNS);
  styleTotal(sheet.getRow(rows.gap), COLUMNS, true);

  fitColumns(sheet, formats, { headerRow: HEADER_ROW });
  finishSheet(sheet, HEADER_ROW);
  return { secured: `F${rows.secured}`, pending: `F${rows.pending}`, crowdLine: `F${rows.crowd}` };
}
