import fs from 'node:fs';
import {
  isWorkspaceSwitch,
  type RecentWorkspace,
  type WorkspaceCopy,
  type WorkspaceInfo,
} from '../../shared/contract';
import { AppError, apiMessage, type Result } from '../../shared/errors';
import { openWorkspace, type Workspace } from '../core/db/connection';
import { createDemoFile, demoWorkspacePath } from '../core/demo';
import { createDispatcher, type Dispatch } from '../core/dispatcher';
import type { CallContext, WorkspaceSessionControl } from '../core/handlers';
import type { OperationContext } from '../core/handlers/types';
import { openWorkspaceUpgraded, prewarmJobWorker, releaseWorkspace } from '../core/jobs';
import { initLanguage, workspaceInfo } from '../core/services/workspace';
import {
  copyForDownload,
  existingWorkspacePath,
  listRecent,
  newWorkspacePath,
  readWorkspacesState,
  rememberOpened,
} from '../core/services/workspaceFiles';

export interface ServerSessionOptions {
  /** The workspace served first; created (empty, in the system's language) if missing. */
  workspacePath: string;
  /** Copro's data folder: the recent list, new workspaces and the demo live there. */
  dataDir: string;
  nativeBinding?: string;
}

interface Served {
  ws: Workspace;
  dispatch: Dispatch;
}

function stopIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new AppError(
      'cancelled',
      'Opening the demo was cancelled: the workspace did not change.',
    );
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Browser mode's one open workspace and the dispatcher on it. A switch (open, create, demo)
 * swaps both at once; calls already running on the previous file finish before it is closed,
 * and a file that fails to open leaves the current one serving.
 */
export class ServerWorkspaceSession implements WorkspaceSessionControl {
  #current: Served | null;
  readonly #inFlight = new Set<Promise<unknown>>();
  /** Switches run one at a time: two "open" clicks never race each other. */
  #queue: Promise<unknown> = Promise.resolve();
  readonly #options: ServerSessionOptions;

  private constructor(options: ServerSessionOptions, ws: Workspace) {
    this.#options = options;
    this.#current = { ws, dispatch: createDispatcher(ws) };
    prewarmJobWorker(ws);
  }

  static async start(options: ServerSessionOptions): Promise<ServerWorkspaceSession> {
    // The caller chose the file: open it if it is there, create it only if it is not.
    const create = !fs.existsSync(options.workspacePath);
    const ws = await openWorkspace(options.workspacePath, {
      create,
      nativeBinding: options.nativeBinding,
    });
    if (create) await initLanguage(ws);
    return new ServerWorkspaceSession(options, ws);
  }

  get current(): Workspace | null {
    return this.#current?.ws ?? null;
  }

  /** Runs one call; the workspace channels that need it receive this session. */
  async dispatch(channel: string, input: unknown, ctx: CallContext = {}): Promise<Result<unknown>> {
    const served = this.#current;
    if (!served) {
      return {
        ok: false,
        error: new AppError('workspace_missing', apiMessage('apiErrors.browserClosing')).toJSON(),
      };
    }
    const call = served.dispatch(channel, input, { ...ctx, session: this });
    // A switch waits for the running calls before closing the old file: it must not wait for itself.
    if (isWorkspaceSwitch(channel)) return call;
    this.#inFlight.add(call);
    try {
      return await call;
    } finally {
      this.#inFlight.delete(call);
    }
  }

  recent(): Promise<RecentWorkspace[]> {
    const state = readWorkspacesState(this.#options.dataDir);
    return Promise.resolve(listRecent(state, this.current?.path ?? null));
  }

  /** An older file is upgraded first, off the main thread, reporting to `operation.onProgress`. */
  open(typed: string, operation: OperationContext = {}): Promise<WorkspaceInfo> {
    return this.#exclusive(async () => {
      const file = existingWorkspacePath(typed);
      const served = this.#current;
      if (served?.ws.path === file) return workspaceInfo(served.ws);
      // openWorkspace refuses a damaged or too-new file before writing anything to it.
      return this.#switchTo(
        await openWorkspaceUpgraded(file, {
          nativeBinding: this.#options.nativeBinding,
          onProgress: operation.onProgress,
        }),
      );
    });
  }

  create(name: string): Promise<WorkspaceInfo> {
    return this.#exclusive(async () => {
      fs.mkdirSync(this.#options.dataDir, { recursive: true });
      const file = newWorkspacePath(this.#options.dataDir, name);
      const ws = await openWorkspace(file, {
        create: true,
        nativeBinding: this.#options.nativeBinding,
      });
      await initLanguage(ws);
      return this.#switchTo(ws);
    });
  }

  /**
   * The demo, created on first use. A cancelled creation leaves no demo file and the current
   * workspace open: the switch happens only once the demo is complete and the call still wanted.
   */
  openDemo(operation: OperationContext = {}): Promise<WorkspaceInfo> {
    const { onProgress, signal } = operation;
    return this.#exclusive(async () => {
      stopIfCancelled(signal);
      const demo = demoWorkspacePath(this.#options.dataDir);
      const served = this.#current;
      if (served?.ws.path === demo) return workspaceInfo(served.ws);
      const created = !fs.existsSync(demo);
      if (created) {
        fs.mkdirSync(this.#options.dataDir, { recursive: true });
        // Built under another name and renamed once complete: never half a demo.
        await createDemoFile(demo, {
          nativeBinding: this.#options.nativeBinding,
          onProgress,
          signal,
        });
      }
      const ws = await openWorkspace(demo, { nativeBinding: this.#options.nativeBinding });
      try {
        if (created) await initLanguage(ws);
        // Complete but no longer wanted: kept for next time, and the current workspace stays.
        stopIfCancelled(signal);
      } catch (error) {
        await ws.close();
        throw error;
      }
      return this.#switchTo(ws);
    });
  }

  saveCopy(operation: OperationContext = {}): Promise<WorkspaceCopy> {
    const served = this.#current;
    if (!served) throw new AppError('workspace_missing', apiMessage('apiErrors.noWorkspaceOpen'));
    return copyForDownload(served.ws, { nativeBinding: this.#options.nativeBinding, ...operation });
  }

  /** Stops serving: waits for running calls (and any switch), then closes the file. */
  close(): Promise<void> {
    return this.#exclusive(async () => {
      const served = this.#current;
      this.#current = null;
      if (served) await this.#closeAfterCalls(served.ws);
    });
  }

  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #switchTo(ws: Workspace): Promise<WorkspaceInfo> {
    const previous = this.#current;
    if (!previous) {
      await ws.close();
      throw new AppError('workspace_missing', apiMessage('apiErrors.browserClosing'));
    }
    // One assignment: every call from here on goes to the new file.
    this.#current = { ws, dispatch: createDispatcher(ws) };
    prewarmJobWorker(ws);
    try {
      rememberOpened(this.#options.dataDir, ws.path);
    } catch (error) {
      // Forgetting the recent list is not worth failing the switch the user asked for.
      console.error(`Copro: could not update the recent list: ${messageOf(error)}`);
    }
    await this.#closeAfterCalls(previous.ws);
    return workspaceInfo(ws);
  }

  async #closeAfterCalls(ws: Workspace): Promise<void> {
    await Promise.allSettled([...this.#inFlight]);
    await releaseWorkspace(ws.path);
    await ws.close();
  }
}
