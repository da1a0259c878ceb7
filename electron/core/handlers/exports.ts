import { runJob } from '../jobs';
import { getLanguage } from '../services/workspace';
import type { Handlers } from './types';

// The workbook is built and encoded off the main thread, with progress (see jobs/).
export const exportHandlers = {
  'exports.budgetWorkbook': async (ws, input, ctx) =>
    runJob(
      ws,
      'export.budgetWorkbook',
      { projectId: input.projectId, language: input.language ?? (await getLanguage(ws)) },
      ctx,
    ),
} satisfies Partial<Handlers>;
