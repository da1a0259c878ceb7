import type { z } from 'zod';
import type {
  ChannelName,
  Channels,
  ParsedInput,
  ProgressEvent,
  RecentWorkspace,
  WorkspaceCopy,
  WorkspaceInfo,
} from '../../../shared/contract';
import type { Workspace } from '../db/connection';

/**
 * What an app session (Electron's main, browser mode's server) does with the workspace channels
 * that reach beyond the open file: the recent list, switching files, copying the open one.
 */
export interface WorkspaceSessionControl {
  recent(): Promise<RecentWorkspace[]>;
  open(path: string): Promise<WorkspaceInfo>;
  create(name: string): Promise<WorkspaceInfo>;
  openDemo(onProgress?: (event: ProgressEvent) => void): Promise<WorkspaceInfo>;
  saveCopy(): Promise<WorkspaceCopy>;
}

/** What a transport passes along with a call: progress reporting and cancellation. */
export interface CallContext {
  onProgress?: (event: ProgressEvent) => void;
  signal?: AbortSignal;
  /** The app's session, when the call comes through one (not from `copro call`). */
  session?: WorkspaceSessionControl;
}

export type Handler<C extends ChannelName> = (
  ws: Workspace,
  input: ParsedInput<C>,
  ctx: CallContext,
) => Promise<z.input<Channels[C]['output']>>;

export type Handlers = { [C in ChannelName]: Handler<C> };
