import fs from 'node:fs';
import path from 'node:path';
import { isWorkspaceSwitch, type ProgressEvent } from '../../shared/contract';
import { AppError, type Result } from '../../shared/errors';
import { openWorkspace, type Workspace } from '../core/db/connection';
import { createDemoFile, DEMO_FILE_NAME } from '../core/demo';
import { createDispatcher, type Dispatch } from '../core/dispatcher';
import type { CallContext, WorkspaceSessionControl } from '../core/handlers';
import type { OperationContext } from '../core/handlers/types';
import { openWorkspaceUpgraded, prewarmJobWorker, releaseWorkspace } from '../core/jobs';
import { backupWorkspace } from '../core/services/backup';
import { initLanguage, workspaceInfo } from '../core/services/workspace';
import {
  copyForDownload,
  existingWorkspacePath,
  listRecent,
  newWorkspacePath,
} from '../core/services/workspaceFiles';
import {
  readState,
  withOpened,
  withoutRecent,
  withRecentCleared,
  writeState,
  type AppState,
} from './recent';

export { DEMO_FILE_NAME };

export interface SessionOptions {
  userDataDir: string;
  /** better_sqlite3.node built for Electron's ABI (COPRO_NATIVE_BINDING). */
  nativeBinding?: string;
  /** Tells the user why a file did not open (a native dialog in the app). */
  reportError(title: string, message: string): void;
  /** Called after the open workspace changed, or the recent list did. */
  onChanged(ws: Workspace | null): void;
  /** Progress of the demo's creation. */
  onProgress?(event: ProgressEvent): void;
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

function stamp(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
}

/**
 * The one open workspace of the app and the dispatcher on it. A file that fails to open is
 * reported and the previous workspace stays open; with none, the demo opens instead.
 */
export class WorkspaceSession {
  #current: { ws: Workspace; dispatch: Dispatch } | null = null;
  #state: AppState;
  #inFlight = new Set<Promise<unknown>>();
  #ready: Promise<unknown> = Promise.resolve();
  readonly #options: SessionOptions;

  constructor(options: SessionOptions) {
    this.#options = options;
    this.#state = readState(options.userDataDir);
  }

  get current(): Workspace | null {
    return this.#current?.ws ?? null;
  }

  get recent(): readonly string[] {
    return this.#state.recent.map((entry) => entry.path);
  }

  get demoPath(): string {
    return path.join(this.#options.userDataDir, DEMO_FILE_NAME);
  }

  /** The requested file, else the last one, else the demo. Rejects only when even the demo fails. */
  start(requested?: string): Promise<void> {
    const opening = this.#start(requested);
    this.#ready = opening.catch(() => undefined);
    return opening;
  }

  async #start(requested?: string): Promise<void> {
    for (const candidate of [requested, this.#state.lastWorkspace]) {
      if (candidate && (await this.open(candidate))) return;
    }
    if (!(await this.openDemo())) {
      throw new Error(
        `Neither the last workspace nor the demo (${this.demoPath}) could be opened.`,
      );
    }
  }

  /** Runs one call on the open workspace; a later switch waits for it before closing the file. */
  async dispatch(channel: string, input: unknown, ctx: CallContext): Promise<Result<unknown>> {
    await this.#ready;
    const current = this.#current;
    if (!current) {
      return {
        ok: false,
        error: new AppError('workspace_missing', 'No workspace is open.').toJSON(),
      };
    }
    const call = current.dispatch(channel, input, { ...ctx, session: this.control });
    // A switch waits for the running calls before closing the old file: it must not wait for itself.
    if (isWorkspaceSwitch(channel)) return call;
    this.#inFlight.add(call);
    try {
      return await call;
    } finally {
      this.#inFlight.delete(call);
    }
  }

  /** Opens an existing workspace; false (after telling the user) when it cannot be opened. */
  async open(file: string): Promise<boolean> {
    const resolved = path.resolve(file);
    try {
      await this.#open(resolved);
      return true;
    } catch (error) {
      if (error instanceof AppError && error.code === 'workspace_missing') {
        this.#saveState(withoutRecent(this.#state, resolved));
      }
      this.#options.reportError(`${path.basename(resolved)} could not be opened`, messageOf(error));
      return false;
    }
  }

  /** An older file is upgraded first, off the main thread, reporting to `operation.onProgress`. */
  async #open(resolved: string, operation: OperationContext = {}): Promise<Workspace> {
    const current = this.#current;
    if (current?.ws.path === resolved) return current.ws;
    const ws = await openWorkspaceUpgraded(resolved, {
      nativeBinding: this.#options.nativeBinding,
      onProgress: operation.onProgress,
    });
    await this.#switchTo(ws);
    return ws;
  }

  /** Creates an empty workspace at a path the user chose (and cleared) in a save dialog. */
  async create(file: string): Promise<boolean> {
    const resolved = path.resolve(file);
    try {
      await this.#create(resolved);
      return true;
    } catch (error) {
      this.#options.reportError(
        `${path.basename(resolved)} could not be created`,
        messageOf(error),
      );
      return false;
    }
  }

  /** A new file starts in the system's language. */
  async #create(resolved: string): Promise<Workspace> {
    const ws = await openWorkspace(resolved, {
      create: true,
      nativeBinding: this.#options.nativeBinding,
    });
    await initLanguage(ws);
    await this.#switchTo(ws);
    return ws;
  }

  /**
   * Opens the demo, creating it on first use; a demo that no longer opens is set aside and
   * rebuilt. Progress goes to `operation.onProgress` (else the session's); a cancelled creation
   * is no failure to report: the current workspace simply stays open.
   */
  async openDemo(operation: OperationContext = {}): Promise<boolean> {
    try {
      await this.#openDemo({ onProgress: this.#options.onProgress, ...operation });
      return true;
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'cancelled')) {
        this.#options.reportError('The demo could not be created', messageOf(error));
      }
      return false;
    }
  }

  async #openDemo({ onProgress, signal }: OperationContext): Promise<Workspace> {
    stopIfCancelled(signal);
    const demo = this.demoPath;
    if (fs.existsSync(demo)) {
      const current = this.#current;
      if (current?.ws.path === demo) return current.ws;
      try {
        const ws = await openWorkspace(demo, { nativeBinding: this.#options.nativeBinding });
        await this.#switchTo(ws);
        return ws;
      } catch (error) {
        const aside = `${demo}.unreadable-${stamp()}`;
        fs.renameSync(demo, aside);
        this.#options.reportError(
          'The demo could not be opened',
          `${messageOf(error)}\nIt was moved to ${aside} and a new demo is created.`,
        );
      }
    }
    fs.mkdirSync(path.dirname(demo), { recursive: true });
    // Built under another name and renamed once complete: never half a demo.
    await createDemoFile(demo, { nativeBinding: this.#options.nativeBinding, onProgress, signal });
    const ws = await openWorkspace(demo, { nativeBinding: this.#options.nativeBinding });
    try {
      await initLanguage(ws);
      // Complete but no longer wanted: kept for next time, and the current workspace stays.
      stopIfCancelled(signal);
    } catch (error) {
      await ws.close();
      throw error;
    }
    await this.#switchTo(ws);
    return ws;
  }

  /**
   * The workspace channels of the renderer's Workspace menu. Unlike the native menu's actions,
   * failures come back to the page as errors (shown there), not as dialogs.
   */
  readonly control: WorkspaceSessionControl = {
    recent: () => Promise.resolve(listRecent(this.#state, this.current?.path ?? null)),
    open: async (typed, operation = {}) =>
      workspaceInfo(await this.#open(existingWorkspacePath(typed), operation)),
    create: async (name) => {
      fs.mkdirSync(this.#options.userDataDir, { recursive: true });
      return workspaceInfo(await this.#create(newWorkspacePath(this.#options.userDataDir, name)));
    },
    openDemo: async (operation = {}) => workspaceInfo(await this.#openDemo(operation)),
    saveCopy: (operation = {}) => {
      const current = this.#current;
      if (!current) throw new AppError('workspace_missing', 'No workspace is open.');
      return copyForDownload(current.ws, {
        nativeBinding: this.#options.nativeBinding,
        ...operation,
      });
    },
  };

  /**
   * A consistent copy of the open workspace (SQLite's backup API), to a path chosen in main.
   * Written under a temporary name and renamed at the end: a cancelled copy leaves no file.
   */
  async saveCopy(outPath: string, { onProgress, signal }: OperationContext = {}): Promise<void> {
    const current = this.#current;
    if (!current) throw new AppError('workspace_missing', 'No workspace is open.');
    if (path.resolve(outPath) === current.ws.path) {
      throw new AppError(
        'conflict',
        `${path.basename(outPath)} is the open workspace; choose another name.`,
      );
    }
    const copy = await backupWorkspace(current.ws, outPath, onProgress, {
      nativeBinding: this.#options.nativeBinding,
      signal,
    });
    // Cancelled as its last step ended: the user was told nothing is written, so nothing stays.
    if (signal?.aborted) {
      fs.rmSync(copy.path, { force: true });
      throw new AppError('cancelled', 'The copy was cancelled: no file was written.');
    }
  }

  clearRecent(): void {
    this.#saveState(withRecentCleared(this.#state));
    this.#options.onChanged(this.current);
  }

  async close(): Promise<void> {
    const current = this.#current;
    this.#current = null;
    if (current) await this.#closeAfterCalls(current.ws);
  }

  async #switchTo(ws: Workspace): Promise<void> {
    const previous = this.#current;
    this.#current = { ws, dispatch: createDispatcher(ws) };
    prewarmJobWorker(ws);
    this.#saveState(withOpened(this.#state, ws.path));
    if (previous) await this.#closeAfterCalls(previous.ws);
    this.#options.onChanged(ws);
  }

  async #closeAfterCalls(ws: Workspace): Promise<void> {
    await Promise.allSettled([...this.#inFlight]);
    await releaseWorkspace(ws.path);
    await ws.close();
  }

  #saveState(state: AppState): void {
    this.#state = state;
    try {
      writeState(this.#options.userDataDir, state);
    } catch (error) {
      // Forgetting the recent list is not worth stopping the user's work.
      console.error(`Copro: could not save ${this.#options.userDataDir}: ${messageOf(error)}`);
    }
  }
}
