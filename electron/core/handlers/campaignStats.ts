import { campaignStats } from '../services/campaignStats';
import type { Handlers } from './types';

export const campaignStatsHandlers = {
  'campaigns.stats': (ws, input) => campaignStats(ws.db, input.id),
} satisfies Partial<Handlers>;
