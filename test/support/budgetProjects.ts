import { expect } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import type { WorkbookLabels } from '../../electron/core/export/labels';
import { workbookFormats } from '../../electron/core/export/workbookFormat';
import type { FinancingSummary } from '../../shared/contract';
import { call } from '../core/helpers';
import { markLive } from '../core/planHelpers';
import { csvCents, sheetRows, type SheetCsv } from './libreoffice';

/**
 * Projects that exercise the budget workbook, and the check that what LibreOffice recalculated
 * equals what the app computes (financing.summary and the stored line amounts), to the cent.
 */

/** The first row whose cell in `column` (0 = A) is `text`, with the sheet named on failure. */
export function rowWith(rows: string[][], column: number, text: string, after = 0): string[] {
  const row = rows.slice(after).find((r) => r[column] === text);
  if (!row) throw new Error(`no row with "${text}" in column ${column}`);
  return row;
}

export async function halfCentProject(ws: Workspace): Promise<number> {
  const project = await call(ws, 'projects.create', { title: 'Demi-centimes' });
  const chapters = await call(ws, 'budget.listChapters', { projectId: project.id });
  const add = async (i: number, quantity: number, rateCents: number) => {
    const chapter = chapters[i % 3];
    if (!chapter) throw new Error('a new project has CNC chapters');
    await call(ws, 'budget.addLine', {
      projectId: project.id,
      chapterId: chapter.id,
      code: `${chapter.code}.${i + 1}`,
      label: `Ligne ${i + 1}`,
      quantity,
      rateCents,
    });
  };
  // Classic traps: 1.005 × 1 €, 1.5 × 12.35 €, and halves that banker's rounding would send down.
  const traps: Array<[number, number]> = [
    [1.005, 100],
    [1.5, 1235],
    [2.5, 1001],
    [0.5, 1],
    [2.5, 1],
    [3.333, 15],
    [0.125, 10],
  ];
  for (const [i, [quantity, rate]] of traps.entries()) await add(i, quantity, rate);
  // Odd multiples of 0.125 × 4 × odd cents: every amount lands exactly on half a cent.
  for (let i = 0; i < 40; i += 1) {
    const milli = 125 * (2 * ((i * 7919) % 3000) + 1);
    const rate = 4 * (2 * ((i * 104_729) % 1_250_000) + 1);
    await add(traps.length + i, milli / 1000, rate);
  }
  return project.id;
}

/** A plan with every source status, a failed campaign, and goals left above the cap by a budget cut. */
export async function planProject(ws: Workspace): Promise<number> {
  const project = await call(ws, 'projects.create', { title: 'Le Plan' });
  const [first, second] = await call(ws, 'budget.listChapters', { projectId: project.id });
  if (!first || !second) throw new Error('a new project has CNC chapters');
  await call(ws, 'budget.addLine', {
    projectId: project.id,
    chapterId: first.id,
    label: 'Droits',
    rateCents: 100_000_000,
  });
  await call(ws, 'budget.addLine', {
    projectId: project.id,
    chapterId: second.id,
    label: 'Équipe',
    quantity: '1.5',
    unit: 'week',
    rateCents: 1235,
  });
  const cut = await call(ws, 'budget.addLine', {
    projectId: project.id,
    chapterId: second.id,
    label: 'Supprimé après la campagne',
    rateCents: 50_000_000,
  });
  const sources = [
    {
      kind: 'producer',
      amountCents: 20_000_000,
      status: 'received',
      expectedOn: '2026-03-02',
      receivedOn: '2026-03-05',
    },
    { kind: 'public_fund', amountCents: 30_000_000, status: 'confirmed', expectedOn: '2026-06-15' },
    { kind: 'tv_presale', amountCents: 25_000_000, status: 'planned', expectedOn: null },
    { kind: 'region', amountCents: 4_000_000, status: 'declined', expectedOn: null },
  ] as const;
  for (const s of sources)
    await call(ws, 'financing.addSource', { projectId: project.id, counterparty: s.kind, ...s });
  const live = await call(ws, 'campaigns.create', {
    projectId: project.id,
    title: 'Campagne principale',
    platform: 'ulule',
    goalCents: 7_000_000,
  });
  // Launched directly: readiness would need financing that changes the figures under test.
  await markLive(ws, live.id);
  const failed = await call(ws, 'campaigns.create', {
    projectId: project.id,
    title: 'Campagne échouée',
    platform: 'kisskissbankbank',
    goalCents: 500_000,
  });
  await markLive(ws, failed.id);
  await call(ws, 'campaigns.setStatus', { id: failed.id, status: 'failed' });
  await call(ws, 'budget.removeLine', { id: cut.id });
  return project.id;
}

/** Every figure LibreOffice recalculated, against financing.summary and the stored lines, to the cent. */
export async function expectRecalculatedFigures(
  ws: Workspace,
  projectId: number,
  sheets: Map<string, SheetCsv>,
  l: WorkbookLabels,
): Promise<void> {
  const s: FinancingSummary = await call(ws, 'financing.summary', { projectId });
  const lines = await call(ws, 'budget.listLines', { projectId });
  const sources = await call(ws, 'financing.listSources', { projectId });
  const cents = (row: string[] | undefined, column: number) => csvCents(row?.[column]);

  const detail = sheetRows(sheets, l.sheets.detail);
  for (const line of lines) {
    expect(cents(rowWith(detail, 1, line.label), 5), line.label).toBe(line.amountCents);
  }
  for (const chapter of s.chapters.filter((c) => lines.some((x) => x.chapterId === c.id))) {
    const subtotal = detail.find((r) => r[0] === chapter.code && r[1] === l.chapterSubtotal);
    expect(cents(subtotal, 5), chapter.title).toBe(chapter.totalCents);
  }
  expect(cents(rowWith(detail, 1, l.grandTotal), 5)).toBe(s.budgetTotal);

  const top = sheetRows(sheets, l.sheets.top);
  for (const chapter of s.chapters) {
    expect(cents(rowWith(top, 1, chapter.title), 2), chapter.title).toBe(chapter.totalCents);
  }
  expect(cents(rowWith(top, 1, l.total), 2)).toBe(s.budgetTotal);
  const headline: Array<[string, number]> = [
    [l.budgetTotal, s.budgetTotal],
    [l.secured, s.secured],
    [l.pending, s.pending],
    [l.crowdLine, s.crowdLine],
    [l.gap, s.gap],
  ];
  for (const [label, value] of headline)
    expect(cents(rowWith(top, 1, label), 2), label).toBe(value);

  const plan = sheetRows(sheets, l.sheets.plan);
  const planFigures: Array<[string, number]> = [
    ...headline,
    [l.declined, s.declined],
    [l.planTotal, s.secured + s.pending + s.crowdLine],
  ];
  for (const [label, value] of planFigures) {
    expect(cents(rowWith(plan, 0, label), 5), label).toBe(value);
  }
  sources.forEach((source, i) => {
    const row = plan[4 + i]; // the sources start right under the header row (row 4)
    expect(cents(row, 5)).toBe(source.amountCents);
    // LibreOffice writes a percentage cell as stored, with its sign: "7.49790802117952%".
    expect(Number(row?.[6]?.replace(/%$/, '')) / 100).toBeCloseTo(
      source.amountCents / s.budgetTotal,
      12,
    );
  });

  const crowd = sheetRows(sheets, l.sheets.crowd);
  const capLabel = l.crowdCap(workbookFormats(s.currency, 'fr').bpText(s.crowdCapBp));
  const crowdFigures: Array<[string, number]> = [
    [capLabel, s.crowdCap],
    [l.crowdGoals, s.crowdGoal],
    [l.capRoom, s.capRoom],
    [l.crowdBeforeCap, s.crowdLine + s.overCapSurplus],
    [l.crowdLine, s.crowdLine],
    [l.overCapSurplus, s.overCapSurplus],
    [l.crowdCosts, s.crowdCosts],
    [l.crowdNet, s.crowdNet],
  ];
  for (const [label, value] of crowdFigures) {
    expect(cents(rowWith(crowd, 0, label), 4), label).toBe(value);
  }
  for (const campaign of s.campaigns) {
    expect(cents(rowWith(crowd, 0, campaign.title), 10), campaign.title).toBe(campaign.netCents);
  }
}
