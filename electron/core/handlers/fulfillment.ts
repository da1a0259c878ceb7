import { fulfillmentSummary, listFulfillment, updateFulfillment } from '../services/fulfillment';
import type { Handlers } from './types';

export const fulfillmentHandlers = {
  'fulfillment.list': (ws, input) => listFulfillment(ws.db, input),
  'fulfillment.update': (ws, input) => updateFulfillment(ws.db, input),
  'fulfillment.summary': (ws, input) => fulfillmentSummary(ws.db, input),
} satisfies Partial<Handlers>;
