import type { Worksheet } from 'exceljs';
import type { FinancingSummary } from '../../../../shared/contract';
import { asCents } from '../../../../shared/money';
import type { BudgetWorkbookData } from '../budgetWorkbookData';
import { safeText } from '../cellSafety';
import type { WorkbookLabels } from '../labels';
import { BOLD, finishSheet, fitColumns, styleHeader, styleTotal, writeTitle } from '../sheetLayout';
import { setMoney, sheetRef, type WorkbookFormats } from '../workbookFormat';

/** Where the plan and the top sheet find the crowd figures. */
export interface CrowdCells {
  crowdLine: string;
}

const HEADER_ROW = 4;
const COLUMNS = 12;
/** Money columns of a campaign row, with the figure each shows; net (K) is a formula. */
const MONEY_COLUMNS = ['E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'] as const;
type Campaign = FinancingSummary['campaigns'][number];

function writeCampaign(
  sheet: Worksheet,
  rowNumber: number,
  campaign: Campaign,
  labels: WorkbookLabels,
  formats: WorkbookFormats,
): void {
  const row = sheet.getRow(rowNumber);
  safeText(row.getCell('A'), campaign.title);
  row.getCell('B').value = labels.platforms[campaign.platform];
  row.getCell('C').value = labels.models[campaign.model];
  row.getCell('D').value = labels.campaignStatuses[campaign.status];
  setMoney(row.getCell('E'), formats, campaign.goalCents);
  setMoney(row.getCell('F'), formats, campaign.collectedCents);
  setMoney(row.getCell('G'), formats, campaign.commissionCents);
  setMoney(row.getCell('H'), formats, campaign.paymentFeesCents);
  setMoney(row.getCell('I'), formats, campaign.rewardCostCents);
  setMoney(row.getCell('J'), formats, campaign.shippingCostCents);
  const r = rowNumber;
  setMoney(row.getCell('K'), formats, campaign.netCents, `F${r}-G${r}-H${r}-I${r}-J${r}`);
  setMoney(row.getCell('L'), formats, campaign.countedCents);
}

/** The totals row: a SUM per money column (plain zeros when there is no campaign). */
function writeTotals(
  sheet: Worksheet,
  rowNumber: number,
  campaigns: readonly Campaign[],
  labels: WorkbookLabels,
  formats: WorkbookFormats,
): void {
  const row = sheet.getRow(rowNumber);
  row.getCell('A').value = labels.total;
  const pick: Record<(typeof MONEY_COLUMNS)[number], (c: Campaign) => number> = {
    E: (c) => c.goalCents,
    F: (c) => c.collectedCents,
    G: (c) => c.commissionCents,
    H: (c) => c.paymentFeesCents,
    I: (c) => c.rewardCostCents,
    J: (c) => c.shippingCostCents,
    K: (c) => c.netCents,
    L: (c) => c.countedCents,
  };
  const first = HEADER_ROW + 1;
  for (const column of MONEY_COLUMNS) {
    const cents = campaigns.reduce((sum, c) => sum + pick[column](c), 0);
    const expression =
      campaigns.length > 0 ? `SUM(${column}${first}:${column}${rowNumber - 1})` : undefined;
    setMoney(row.getCell(column), formats, cents, expression);
  }
  styleTotal(row, COLUMNS, true);
}

/**
 * Financement participatif: each campaign's goal, status, collected money, costs and net, then how
 * the crowd sits in the plan: cap, goals, room, crowd line and over-cap surplus, all formulas.
 */
export function writeCrowdSheet(
  sheet: Worksheet,
  data: BudgetWorkbookData,
  labels: WorkbookLabels,
  formats: WorkbookFormats,
  budgetTotal: { sheet: Worksheet; address: string },
): CrowdCells {
  const s = data.summary;
  writeTitle(sheet, data.title, labels.sheets.crowd);
  const header = sheet.getRow(HEADER_ROW);
  header.values = [
    labels.campaign,
    labels.platform,
    labels.model,
    labels.status,
    labels.goal,
    labels.collected,
    labels.commission,
    labels.paymentFees,
    labels.rewardCost,
    labels.shipping,
    labels.net,
    labels.countedInPlan,
  ];
  styleHeader(header, COLUMNS);

  let rowNumber = HEADER_ROW + 1;
  for (const campaign of s.campaigns) writeCampaign(sheet, rowNumber++, campaign, labels, formats);
  if (s.campaigns.length === 0) sheet.getCell(`A${rowNumber++}`).value = labels.noCampaign;
  const lastCampaign = rowNumber - 1;
  const totals = rowNumber;
  writeTotals(sheet, totals, s.campaigns, labels, formats);

  // The block below: labels in A, amounts in E (the goal column).
  const at = (offset: number) => totals + 2 + offset;
  const rows = {
    budget: at(0),
    cap: at(1),
    goals: at(2),
    room: at(3),
    before: at(4),
    line: at(5),
    surplus: at(6),
    costs: at(7),
    net: at(8),
  };
  const first = HEADER_ROW + 1;
  const failed = labels.campaignStatuses.failed;
  const block: Array<[row: number, label: string, cents: number, expression: string | undefined]> =
    [
      [
        rows.budget,
        labels.budgetTotal,
        s.budgetTotal,
        sheetRef(budgetTotal.sheet, budgetTotal.address),
      ],
      [
        rows.cap,
        labels.crowdCap(formats.bpText(s.crowdCapBp)),
        s.crowdCap,
        // Cap = round(budget × cap bp / 10 000), as the app computes it (half away from zero).
        `ROUND(E${rows.budget}*${s.crowdCapBp}/10000,${formats.digits})`,
      ],
      [
        rows.goals,
        labels.crowdGoals,
        s.crowdGoal,
        s.campaigns.length > 0
          ? `SUMIF(D${first}:D${lastCampaign},"<>${failed}",E${first}:E${lastCampaign})`
          : undefined,
      ],
      [rows.room, labels.capRoom, s.capRoom, `E${rows.cap}-E${rows.goals}`],
      [rows.before, labels.crowdBeforeCap, asCents(s.crowdLine + s.overCapSurplus), `L${totals}`],
      [rows.line, labels.crowdLine, s.crowdLine, `MAX(0,MIN(E${rows.before},E${rows.cap}))`],
      [rows.surplus, labels.overCapSurplus, s.overCapSurplus, `E${rows.before}-E${rows.line}`],
      [rows.costs, labels.crowdCosts, s.crowdCosts, `SUM(G${totals}:J${totals})`],
      [rows.net, labels.crowdNet, s.crowdNet, `K${totals}`],
    ];
  for (const [row, label, cents, expression] of block) {
    sheet.getCell(`A${row}`).value = label;
    setMoney(sheet.getCell(`E${row}`), formats, cents, expression);
  }
  for (const row of [rows.line, rows.net]) {
    sheet.getCell(`A${row}`).font = BOLD;
    sheet.getCell(`E${row}`).font = BOLD;
  }

  fitColumns(sheet, formats, { headerRow: HEADER_ROW });
  finishSheet(sheet, HEADER_ROW);
  return { crowdLine: `E${rows.line}` };
}
