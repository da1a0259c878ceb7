import type { z } from 'zod';
import type { ChannelSpec } from './channel';
import { budgetChannels } from './budget';
import { budgetImportChannels } from './budgetImport';
import { campaignChannels } from './campaigns';
import { campaignStatsChannels } from './campaignStats';
import { contributionChannels } from './contributions';
import { contributorChannels } from './contributors';
import { exportChannels } from './exports';
import { fulfillmentChannels } from './fulfillment';
import { financingChannels } from './financing';
import { importChannels } from './imports';
import { projectChannels } from './projects';
import { rewardChannels } from './rewards';
import { workspaceChannels } from './workspace';

/**
 * The one contract shared by Electron IPC, browser mode (HTTP) and the CLI.
 * Adding a feature: a `<domain>.ts` file here with its channels, spread into `channels`.
 */
export const channels = {
  ...workspaceChannels,
  ...projectChannels,
  ...budgetChannels,
  ...budgetImportChannels,
  ...financingChannels,
  ...campaignChannels,
  ...campaignStatsChannels,
  ...exportChannels,
  ...importChannels,
  ...rewardChannels,
  ...contributorChannels,
  ...contributionChannels,
  ...fulfillmentChannels,
} satisfies Record<string, ChannelSpec>;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
/** What a caller sends (defaults still optional). */
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
/** What a handler receives after parsing (defaults filled). */
export type ParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
/** What a caller receives. */
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(channels, name);
}

/** Progress of a long operation, pushed to the UI (IPC event or server-sent event). */
export interface ProgressEvent {
  operation: string;
  done: number;
  total: number;
  message?: string;
  /**
   * What the operation is doing now, as a short key the UI translates (`progress.phases.<key>`):
   * e.g. `read`, `apply`, `index`, `sheets`, `write`, `copy`, `contributors`. Never a sentence.
   */
  phase?: string;
  /** The call this event belongs to (the client names it), so two windows never mix progress. */
  operationId?: string;
}

export * from './channel';
export * from './projects';
export * from './budget';
export * from './budgetImport';
export * from './financing';
export * from './campaigns';
export * from './exports';
export * from './imports';
export * from './rewards';
export * from './contributors';
export * from './contributions';
export * from './fulfillment';
export * from './workspace';
