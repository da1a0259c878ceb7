import {
  addChapter,
  addLine,
  listChapters,
  listLines,
  moveChapter,
  removeLine,
  updateChapter,
  updateLine,
} from '../services/budget';
import type { Handlers } from './types';

export const budgetHandlers = {
  'budget.listChapters': (ws, input) => listChapters(ws.db, input.projectId),
  'budget.addChapter': (ws, input) => addChapter(ws.db, input),
  'budget.updateChapter': (ws, input) => updateChapter(ws.db, input),
  'budget.moveChapter': (ws, input) => moveChapter(ws.db, input),
  'budget.listLines': (ws, input) => listLines(ws.db, input),
  'budget.addLine': (ws, input) => addLine(ws.db, input),
  'budget.updateLine': (ws, input) => updateLine(ws.db, input),
  'budget.removeLine': (ws, input) => removeLine(ws.db, input.id),
} satisfies Partial<Handlers>;
