import { previewBudgetImport } from '../budgetImport/preview';
import { runBudgetImport } from '../budgetImport/run';
import type { Handlers } from './types';

export const budgetImportHandlers = {
  'budget.importPreview': (ws, input) => previewBudgetImport(ws.db, input),
  'budget.importRun': (ws, input, ctx) => runBudgetImport(ws.db, input, ctx.signal),
} satisfies Partial<Handlers>;
