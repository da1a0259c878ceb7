import { budgetHandlers } from './budget';
import { budgetImportHandlers } from './budgetImport';
import { campaignHandlers } from './campaigns';
import { campaignStatsHandlers } from './campaignStats';
import { contributionHandlers, contributorHandlers } from './contributors';
import { exportHandlers } from './exports';
import { financingHandlers } from './financing';
import { fulfillmentHandlers } from './fulfillment';
import { importHandlers } from './imports';
import { projectHandlers } from './projects';
import { rewardHandlers } from './rewards';
import type { Handlers } from './types';
import { workspaceHandlers } from './workspace';

/** Every channel of the contract has exactly one handler: the type fails to check otherwise. */
export const handlers: Handlers = {
  ...workspaceHandlers,
  ...projectHandlers,
  ...budgetHandlers,
  ...budgetImportHandlers,
  ...financingHandlers,
  ...campaignHandlers,
  ...campaignStatsHandlers,
  ...exportHandlers,
  ...importHandlers,
  ...rewardHandlers,
  ...contributorHandlers,
  ...contributionHandlers,
  ...fulfillmentHandlers,
};

export type { CallContext, Handlers, WorkspaceSessionControl } from './types';
