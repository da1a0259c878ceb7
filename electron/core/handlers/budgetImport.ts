import { runJob } from '../jobs';
import type { Handlers } from './types';

// A devis may be a large workbook to parse: read and applied off the main thread (see jobs/).
export const budgetImportHandlers = {
  'budget.importPreview': (ws, input, ctx) => runJob(ws, 'budgetImport.preview', input, ctx),
  'budget.importRun': (ws, input, ctx) => runJob(ws, 'budgetImport.run', input, ctx),
} satisfies Partial<Handlers>;
