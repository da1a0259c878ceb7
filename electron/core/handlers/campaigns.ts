import {
  createCampaign,
  getCampaign,
  listCampaigns,
  setCampaignStatus,
  updateCampaign,
} from '../services/campaigns';
import { listPlatformPresets } from '../services/platformPresets';
import type { Handlers } from './types';

export const campaignHandlers = {
  'campaigns.presets': () => Promise.resolve(listPlatformPresets()),
  'campaigns.list': (ws, input) => listCampaigns(ws.db, input.projectId),
  'campaigns.get': (ws, input) => getCampaign(ws.db, input.id),
  'campaigns.create': (ws, input) => createCampaign(ws.db, input),
  'campaigns.update': (ws, input) => updateCampaign(ws.db, input),
  'campaigns.setStatus': (ws, input) => setCampaignStatus(ws.db, input),
} satisfies Partial<Handlers>;
