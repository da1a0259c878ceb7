import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import { createDispatcher } from '../../electron/core/dispatcher';
import { call, memoryWorkspace } from './helpers';

let ws: Workspace;
beforeEach(async () => {
  ws = await memoryWorkspace();
});
afterEach(async () => {
  await ws.close();
});

describe('projects', () => {
  it('creates a project with the defaults of DESIGN and the CNC chapters', async () => {
    const project = await call(ws, 'projects.create', { title: '  Les Enfants du Port  ' });
    expect(project).toMatchObject({
      title: 'Les Enfants du Port',
      format: 'film',
      currency: 'EUR',
      crowdCapBp: 500,
      securedThresholdBp: 5000,
    });
    expect(project.figures.budgetTotal).toBe(0);
    const chapters = await ws.db.selectFrom('budget_chapters').select('code').execute();
    expect(chapters.map((c) => c.code)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      'FG',
      'IMP',
    ]);
    const list = await call(ws, 'projects.list', {});
    expect(list.map((p) => p.id)).toEqual([project.id]);
  });

  it('updates only what changed and logs it', async () => {
    const project = await call(ws, 'projects.create', { title: 'Doc', format: 'documentary' });
    const updated = await call(ws, 'projects.update', { id: project.id, crowdCapBp: 800 });
    expect(updated.crowdCapBp).toBe(800);
    expect(updated.title).toBe('Doc');
    const log = await ws.db.selectFrom('audit_log').select(['action', 'changes']).execute();
    expect(log.map((l) => l.action)).toEqual(['create', 'update']);
    expect(JSON.parse(log[1]!.changes)).toEqual({ crowd_cap_bp: [500, 800] });
  });

  it('names the field of a malformed input', async () => {
    const dispatch = createDispatcher(ws);
    const result = await dispatch('projects.create', { title: '', crowdCapBp: 12000 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.issues.map((i) => i.path.join('.'))).toEqual(['title', 'crowdCapBp']);
    expect(result.error.message).toContain('title');
  });

  it('refuses unknown fields, unknown channels and missing projects', async () => {
    const dispatch = createDispatcher(ws);
    const extra = await dispatch('projects.create', { title: 'X', budget: 3 });
    expect(extra.ok || extra.error.code).toBe('validation');
    const unknown = await dispatch('projects.delete', {});
    expect(unknown.ok || unknown.error.code).toBe('unknown_channel');
    const missing = await dispatch('projects.get', { id: 999 });
    expect(missing.ok || missing.error.code).toBe('not_found');
  });
});
