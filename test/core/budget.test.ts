import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import { MAX_CENTS } from '../../shared/money';
import { call, memoryWorkspace } from './helpers';
import { planRowCounts, refusal } from './planHelpers';

let ws: Workspace;
beforeEach(async () => {
  ws = await memoryWorkspace();
});
afterEach(async () => {
  await ws.close();
});

async function newProject(title = 'Les Enfants du Port') {
  const project = await call(ws, 'projects.create', { title });
  const chapters = await call(ws, 'budget.listChapters', { projectId: project.id });
  const byCode = (code: string) => {
    const chapter = chapters.find((c) => c.code === code);
    if (!chapter) throw new Error(`no chapter ${code}`);
    return chapter.id;
  };
  return { projectId: project.id, byCode };
}

describe('budget lines and totals', () => {
  it('computes each line as quantity × rate, rounded once, and totals per chapter and project', async () => {
    const { projectId, byCode } = await newProject();
    const crew = byCode('2');
    const gear = byCode('7');
    const director = await call(ws, 'budget.addLine', {
      projectId,
      chapterId: crew,
      code: '2.1',
      label: 'Director of photography',
      quantity: '12.5',
      unit: 'day',
      rateCents: 45_000,
    });
    expect(director).toMatchObject({
      quantityMilli: 12_500,
      quantity: '12.5',
      amountCents: 562_500,
    });
    // 0.333 × 1001 cents = 333.333 → 333; 1.5 × 3 cents = 4.5 → 5 (half away from zero).
    const odd = await call(ws, 'budget.addLine', {
      projectId,
      chapterId: crew,
      label: 'Odd',
      quantity: 0.333,
      rateCents: 1001,
    });
    expect(odd.amountCents).toBe(333);
    const half = await call(ws, 'budget.addLine', {
      projectId,
      chapterId: gear,
      label: 'Half a cent',
      quantity: '1,5',
      rateCents: 3,
    });
    expect(half.amountCents).toBe(5);
    const flat = await call(ws, 'budget.addLine', {
      projectId,
      chapterId: gear,
      label: 'Camera package',
      rateCents: 1_200_000,
    });
    expect(flat).toMatchObject({ quantity: '1', unit: 'flat', amountCents: 1_200_000 });

    const chapters = await call(ws, 'budget.listChapters', { projectId });
    const crewTotal = 562_500 + 333;
    const gearTotal = 5 + 1_200_000;
    expect(chapters.find((c) => c.id === crew)).toMatchObject({
      lineCount: 2,
      totalCents: crewTotal,
    });
    expect(chapters.find((c) => c.id === gear)).toMatchObject({
      lineCount: 2,
      totalCents: gearTotal,
    });
    expect(chapters.reduce((sum, c) => sum + c.shareBp, 0)).toBe(10_000);
    const project = await call(ws, 'projects.get', { id: projectId });
    expect(project.figures.budgetTotal).toBe(crewTotal + gearTotal);

    const lines = await call(ws, 'budget.listLines', { projectId, chapterId: crew });
    expect(lines.map((l) => l.label)).toEqual(['Director of photography', 'Odd']);
  });

  it('updates, moves and removes a line, keeping the amount in step and logging each change', async () => {
    const { projectId, byCode } = await newProject();
    const line = await call(ws, 'budget.addLine', {
      projectId,
      chapterId: byCode('2'),
      label: 'Editor',
      quantity: 4,
      unit: 'week',
      rateCents: 150_000,
    });
    const updated = await call(ws, 'budget.updateLine', {
      id: line.id,
      quantity: '5',
      chapterId: byCode('8'),
    });
    expect(updated).toMatchObject({
      chapterId: byCode('8'),
      quantityMilli: 5000,
      amountCents: 750_000,
    });
    const removed = await call(ws, 'budget.removeLine', { id: line.id });
    expect(removed.amountCents).toBe(750_000);
    expect(await call(ws, 'budget.listLines', { projectId })).toEqual([]);
    const log = await ws.db
      .selectFrom('audit_log')
      .select(['action', 'changes'])
      .where('entity', '=', 'budget_line')
      .execute();
    expect(log.map((l) => l.action)).toEqual(['create', 'update', 'delete']);
    expect(JSON.parse(log[1]!.changes)).toMatchObject({ amount_cents: [600_000, 750_000] });
  });

  it('adds, renames and moves chapters', async () => {
    const { projectId, byCode } = await newProject();
    const custom = await call(ws, 'budget.addChapter', { projectId, title: 'Festival tour' });
    expect(custom).toMatchObject({ code: '10', position: 11, totalCents: 0 });
    const renamed = await call(ws, 'budget.updateChapter', { id: custom.id, title: 'Festivals' });
    expect(renamed.title).toBe('Festivals');
    const moved = await call(ws, 'budget.moveChapter', { id: custom.id, position: 0 });
    expect(moved.map((c) => c.code).slice(0, 3)).toEqual(['10', '1', '2']);
    expect(moved.map((c) => c.position)).toEqual(moved.map((_, i) => i));
    const duplicate = await refusal(ws, 'budget.updateChapter', { id: byCode('1'), code: '10' });
    expect(duplicate.code).toBe('conflict');
    expect(duplicate.issues[0]?.path).toEqual(['code']);
  });
});

describe('budget refusals name the field and write nothing', () => {
  async function expectRefused(
    run: () => ReturnType<typeof refusal>,
    field: string,
    code: string,
  ): Promise<string> {
    const before = await planRowCounts(ws);
    const error = await run();
    expect(error.code).toBe(code);
    expect(error.issues.map((i) => i.path.join('.'))).toContain(field);
    expect(await planRowCounts(ws)).toEqual(before);
    return error.message;
  }

  it('refuses a negative quantity, a quantity with 4 decimals and a negative rate', async () => {
    const { projectId, byCode } = await newProject();
    const base = { projectId, chapterId: byCode('2'), label: 'Line' };
    const negative = await expectRefused(
      () => refusal(ws, 'budget.addLine', { ...base, quantity: '-1', rateCents: 100 }),
      'quantity',
      'validation',
    );
    expect(negative).toContain('negative');
    await expectRefused(
      () => refusal(ws, 'budget.addLine', { ...base, quantity: '1.2345', rateCents: 100 }),
      'quantity',
      'validation',
    );
    await expectRefused(
      () => refusal(ws, 'budget.addLine', { ...base, rateCents: -100 }),
      'rateCents',
      'validation',
    );
  });

  it('refuses cents that are not whole', async () => {
    const { projectId, byCode } = await newProject();
    await expectRefused(
      () =>
        refusal(ws, 'budget.addLine', {
          projectId,
          chapterId: byCode('2'),
          label: 'X',
          rateCents: 10.5,
        }),
      'rateCents',
      'validation',
    );
  });

  it('refuses an amount or a budget total beyond the largest amount, naming rateCents and quantity', async () => {
    const { projectId, byCode } = await newProject();
    const base = { projectId, chapterId: byCode('2'), label: 'Huge' };
    const line = await expectRefused(
      () => refusal(ws, 'budget.addLine', { ...base, quantity: '2', rateCents: MAX_CENTS }),
      'rateCents',
      'validation',
    );
    expect(line).toContain('rateCents');
    await call(ws, 'budget.addLine', { ...base, rateCents: MAX_CENTS });
    const total = await expectRefused(
      () => refusal(ws, 'budget.addLine', { ...base, rateCents: 1 }),
      'quantity',
      'validation',
    );
    expect(total).toContain('budget total');
  });

  it('refuses an unknown chapter and a chapter of another project', async () => {
    const { projectId, byCode: byCodeOf } = await newProject();
    const other = await newProject('Another film');
    const unknown = await expectRefused(
      () => refusal(ws, 'budget.addLine', { projectId, chapterId: 9999, label: 'X', rateCents: 1 }),
      'chapterId',
      'not_found',
    );
    expect(unknown).toContain('9999');
    const foreign = await expectRefused(
      () =>
        refusal(ws, 'budget.addLine', {
          projectId,
          chapterId: other.byCode('2'),
          label: 'X',
          rateCents: 1,
        }),
      'chapterId',
      'validation',
    );
    expect(foreign).toContain('another project');
    const line = await call(ws, 'budget.addLine', {
      projectId: other.projectId,
      chapterId: other.byCode('2'),
      label: 'Mine',
      rateCents: 100,
    });
    await expectRefused(
      () => refusal(ws, 'budget.updateLine', { id: line.id, chapterId: byCodeOf('2') }),
      'chapterId',
      'validation',
    );
  });
});
