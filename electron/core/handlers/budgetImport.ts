import { previewBudgetImport } from '../budgetImport/preview';
import { runBudgetImport } from '../budgetImport/run';
import type { Handlers } from './types';

export const budgetImportHandlers = {
  'budget.importPreview': (ws, input) => previewBudgetImport(ws.db, input),
  'budget.importRun': (ws, input) => runBudgetImport(ws.db, input),
} satisfies Partial<Handlers>;
