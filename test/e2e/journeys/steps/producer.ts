import { expect, type Locator, type Page } from '@playwright/test';
import { applyBasisPoints } from '../../../../shared/money';
import {
  askApp,
  centsShown,
  chooseProject,
  dashboardTile,
  en,
  escapeRegExp,
  inEnglish,
  nav,
  projectNamed,
  type JourneyRunner,
} from './common';

/** The demo's documentary: a budget and a plan, and no campaign yet (room under the cap). */
export const PRODUCER_PROJECT = 'Les Gardiens du Frioul';

/** One figure of the plan's totals, found by its visible term (Secured, Left to finance…). */
function planFigure(page: Page, term: string): Locator {
  return page
    .locator('.plan-figure, .plan-gap-figure')
    .filter({ has: page.getByRole('term').getByText(term, { exact: true }) })
    .getByRole('definition')
    .first();
}

/** Cents as a person types them into a money field: `9146.45` (no float in between). */
function typedAmount(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

interface PlanFigures {
  budget: number;
  secured: number;
  pending: number;
  crowd: number;
  gap: number;
}

async function readPlan(page: Page): Promise<PlanFigures> {
  return {
    budget: await centsShown(planFigure(page, 'Budget')),
    secured: await centsShown(planFigure(page, 'Secured')),
    pending: await centsShown(planFigure(page, 'Pending')),
    crowd: await centsShown(planFigure(page, 'Crowd line')),
    gap: await centsShown(planFigure(page, 'Left to finance')),
  };
}

/** Budget: the chapters and the total; a line added to a chapter moves the total by its amount. */
async function budgetStep(page: Page, runner: JourneyRunner): Promise<number> {
  await nav(page, 'Budget').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Budget' })).toBeVisible();
  const grid = page.getByRole('grid', { name: `Budget of ${PRODUCER_PROJECT}` });
  const project = await projectNamed(page, PRODUCER_PROJECT);
  const chapters = await askApp(page, 'budget.listChapters', { projectId: project.id });
  // The first chapters of the CNC devis are on screen (the grid renders rows near the window).
  for (const chapter of chapters.slice(0, 3)) {
    await expect(grid.getByRole('row', { name: `${chapter.code} ${chapter.title}` })).toBeVisible();
  }
  const total = page.getByRole('region', { name: 'Budget total' }).locator('.budget-footer-value');
  const summary = await askApp(page, 'financing.summary', { projectId: project.id });
  await expect(total).toHaveText(en.money(summary.budgetTotal, summary.currency));
  const before = await centsShown(total);

  // A narrator for three days at €450.00: the line, its chapter and the total all show €1,350.00 more.
  const added = 3 * 45_000;
  await page.getByRole('button', { name: 'Add line to chapter Interprétation' }).click();
  const form = page.getByRole('form', { name: 'New line in Interprétation' });
  await form.getByRole('textbox', { name: 'Label', exact: true }).fill('Narrator (voice-over)');
  await form.getByRole('textbox', { name: 'Quantity', exact: true }).fill('3');
  await form.getByRole('combobox', { name: 'Unit', exact: true }).selectOption({ label: 'Day' });
  await form.getByRole('textbox', { name: 'Rate', exact: true }).fill('450.00');
  await form.getByRole('button', { name: 'Add line', exact: true }).click();
  const line = page.getByRole('row', { name: 'Narrator (voice-over)', exact: true });
  await expect(line.getByRole('gridcell').nth(5)).toHaveText(en.money(added, 'EUR'));
  await form.getByRole('textbox', { name: 'Label', exact: true }).press('Escape');
  await expect(form).toBeHidden();
  await expect(total).toHaveText(en.money(before + added, 'EUR'));
  await runner.shot(page, 'producer-budget.png');
  return before + added;
}

/** Financing: the plan against the new budget; a confirmed source raises Secured and closes the gap by as much. */
async function financingStep(
  page: Page,
  runner: JourneyRunner,
  budget: number,
): Promise<PlanFigures> {
  await nav(page, 'Financing').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Financing plan' })).toBeVisible();
  await expect(planFigure(page, 'Budget')).toHaveText(en.money(budget, 'EUR'));
  const before = await readPlan(page);
  expect(before.gap).toBe(before.budget - before.secured - before.pending - before.crowd);

  const amount = 2_500_000;
  await page.getByRole('button', { name: 'Add source' }).click();
  const form = page.getByRole('form', { name: 'New financing source' });
  await form.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Distributor MG' });
  await form.getByRole('textbox', { name: 'Counterparty' }).fill('Shellac Sud');
  await form.getByRole('textbox', { name: 'Amount (EUR)' }).fill('25,000');
  await form.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Confirmed' });
  await form.getByRole('button', { name: 'Add source' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('row', { name: 'Shellac Sud' })).toContainText(
    en.money(amount, 'EUR'),
  );
  await expect(planFigure(page, 'Secured')).toHaveText(en.money(before.secured + amount, 'EUR'));
  await expect(planFigure(page, 'Left to finance')).toHaveText(
    en.money(before.gap - amount, 'EUR'),
  );
  await runner.shot(page, 'producer-financing.png');
  return { ...before, secured: before.secured + amount, gap: before.gap - amount };
}

/** A campaign goal: one over the room is refused naming the cap; one within it enters the plan. */
async function campaignStep(
  page: Page,
  runner: JourneyRunner,
  plan: PlanFigures,
): Promise<PlanFigures> {
  const project = await projectNamed(page, PRODUCER_PROJECT);
  const cap = applyBasisPoints(plan.budget, project.crowdCapBp);
  // No campaign yet: the whole cap is room.
  expect(plan.crowd).toBe(0);
  await page.getByRole('button', { name: 'New campaign' }).click();
  const form = page.getByRole('form', { name: 'New campaign' });
  const capBox = form.getByRole('region', { name: 'Crowd cap' });
  await expect(capBox).toContainText(en.money(cap, 'EUR'));
  await form.getByRole('textbox', { name: 'Campaign title' }).fill('Les Gardiens, le film');

  const goal = form.getByRole('textbox', { name: 'Goal (EUR)' });
  await goal.fill(typedAmount(cap + 100_000));
  await form.getByRole('button', { name: 'Create campaign' }).click();
  await expect(goal).toHaveAttribute('aria-invalid', 'true');
  await expect(goal).toHaveAccessibleDescription(
    new RegExp(
      `^Over the crowd cap: cap ${escapeRegExp(en.money(cap, 'EUR'))}, room left ${escapeRegExp(en.money(cap, 'EUR'))}\\.`,
    ),
  );
  await runner.shot(page, 'producer-campaign-refused.png');

  // Within the room: whole thousands of euros under the cap.
  const within = Math.floor(cap / 100_000) * 100_000;
  await goal.fill(typedAmount(within));
  await expect(goal).not.toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('button', { name: 'Create campaign' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'created' })).toHaveText(
    'Campaign “Les Gardiens, le film” created.',
  );
  const row = page.getByRole('row', { name: 'Les Gardiens, le film' });
  await expect(row).toContainText('Draft');
  await expect(row).toContainText(en.money(within, 'EUR'));
  await expect(planFigure(page, 'Crowd line')).toHaveText(en.money(within, 'EUR'));
  await expect(planFigure(page, 'Left to finance')).toHaveText(en.money(plan.gap - within, 'EUR'));
  return { ...plan, crowd: within, gap: plan.gap - within };
}

/** Dashboard: the tiles show the figures the journey has just made, as the service computes them. */
async function dashboardStep(page: Page, runner: JourneyRunner, plan: PlanFigures): Promise<void> {
  await nav(page, 'Dashboard').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByText(`Where ${PRODUCER_PROJECT} stands`)).toBeVisible();
  const expected: Array<[string, number]> = [
    ['Budget', plan.budget],
    ['Secured', plan.secured],
    ['Pending', plan.pending],
    ['Crowd line', plan.crowd],
    ['Left to finance', plan.gap],
  ];
  for (const [term, cents] of expected) {
    await expect(dashboardTile(page, term), term).toHaveText(en.money(cents, 'EUR'));
  }
  const project = await projectNamed(page, PRODUCER_PROJECT);
  const summary = await askApp(page, 'financing.summary', { projectId: project.id });
  expect({
    budget: summary.budgetTotal,
    secured: summary.secured,
    pending: summary.pending,
    crowd: summary.crowdLine,
    gap: summary.gap,
  }).toEqual(plan);
  await runner.shot(page, 'producer-dashboard.png');
}

/**
 * The producer on the demo slate: the documentary's budget (a line added), its financing plan (a
 * confirmed source added), a campaign goal under the crowd cap, then the dashboard.
 * Starts on any screen of the app, workspace open.
 */
export async function producerJourney(page: Page, runner: JourneyRunner): Promise<void> {
  await inEnglish(page);
  await chooseProject(page, PRODUCER_PROJECT);
  const budget = await budgetStep(page, runner);
  const financed = await financingStep(page, runner, budget);
  const withCampaign = await campaignStep(page, runner, financed);
  await dashboardStep(page, runner, withCampaign);
}
