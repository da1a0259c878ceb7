import { budgetWorkbookFile } from '../export/budgetWorkbook';
import { getLanguage } from '../services/workspace';
import type { Handlers } from './types';

export const exportHandlers = {
  'exports.budgetWorkbook': async (ws, input) => {
    const file = await budgetWorkbookFile(ws.db, input.projectId, {
      language: input.language ?? (await getLanguage(ws)),
    });
    return {
      fileName: file.fileName,
      contentBase64: file.content.toString('base64'),
      sheets: file.sheets,
    };
  },
} satisfies Partial<Handlers>;
