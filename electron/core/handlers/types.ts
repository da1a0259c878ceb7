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

/** Progress reporting and cancellation of one long operation. */
export interface OperationContext {
  onProgress?: (event: ProgressEvent) => void;
  /** Aborted: the operation stops and leaves nothing behind (no partial file, no switch). */
  signal?: AbortSignal;
}

/**
 * What an app session (Electron's main, browser mode's server) does with the workspace channels
 * that reach beyond the open file: the recent list, switching files, copying the open one.
 */
export interface WorkspaceSessionControl {
  recent(): Promise<RecentWorkspace[]>;
  /** Upgrading an older file first is long: it reports progress. */
  open(path: string, operation?: OperationContext): Promise<WorkspaceInfo>;
  create(name: string): Promise<WorkspaceInfo>;
  /** Creating the demo the first time is long: it reports progress and can be cancelled. */
  openDemo(operation?: OperationContext): Promise<WorkspaceInfo>;
  saveCopy(operation?: OperationContext): Promise<WorkspaceCopy>;
}

/** What a transport passes along with a call: progress reporting and cancellation. */
export interface CallContext extends OperationContext {
  /** The app's session, when the call comes through one (not from `copro call`). */
  session?: WorkspaceSessionControl;
}

export type Handler<C extends ChannelName> = (
  ws: Workspace,
  input: ParsedInput<C>,
  ctx: CallContext,
) => Promise<z.input<Channels[C]['output']>>;

export type Handlers = { [C in ChannelName]: Handler<C> };
