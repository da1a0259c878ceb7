import { addSource, listSources, removeSource, updateSource } from '../services/financing';
import { financingSummary } from '../services/financingSummary';
import type { Handlers } from './types';

export const financingHandlers = {
  'financing.listSources': (ws, input) => listSources(ws.db, input.projectId),
  'financing.addSource': (ws, input) => addSource(ws.db, input),
  'financing.updateSource': (ws, input) => updateSource(ws.db, input),
  'financing.removeSource': (ws, input) => removeSource(ws.db, input.id),
  'financing.summary': (ws, input) => financingSummary(ws.db, input.projectId),
} satisfies Partial<Handlers>;
