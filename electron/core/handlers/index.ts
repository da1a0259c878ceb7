import { budgetHandlers } from './budget';
import { campaignHandlers } from './campaigns';
import { exportHandlers } from './exports';
import { financingHandlers } from './financing';
import { importHandlers } from './imports';
import { projectHandlers, workspaceHandlers } from './projects';
import type { Handlers } from './types';

/** Every channel of the contract has exactly one handler: the type fails to check otherwise. */
export const handlers: Handlers = {
  ...workspaceHandlers,
  ...projectHandlers,
  ...budgetHandlers,
  ...financingHandlers,
  ...campaignHandlers,
  ...exportHandlers,
  ...importHandlers,
};

export type { CallContext, Handlers } from './types';
