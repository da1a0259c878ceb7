import {
  createItem,
  createTier,
  listItems,
  listTiers,
  updateItem,
  updateTier,
} from '../services/rewards';
import type { Handlers } from './types';

export const rewardHandlers = {
  'tiers.list': (ws, input) => listTiers(ws.db, input.campaignId),
  'tiers.create': (ws, input) => createTier(ws.db, input),
  'tiers.update': (ws, input) => updateTier(ws.db, input),
  'items.list': (ws, input) => listItems(ws.db, input.projectId),
  'items.create': (ws, input) => createItem(ws.db, input),
  'items.update': (ws, input) => updateItem(ws.db, input),
} satisfies Partial<Handlers>;
