import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { AppError } from '../../shared/errors';
import { runMenuOperation } from './menuOperation';
import type { RunningCalls } from './runningCalls';
import type { WorkspaceSession } from './workspaceSession';

const COPRO_FILTER = { name: 'Copro workspace', extensions: ['copro'] };

export interface FileActions {
  newWorkspace(): Promise<void>;
  openWorkspace(): Promise<void>;
  openRecent(file: string): Promise<void>;
  clearRecent(): void;
  saveCopy(): Promise<void>;
  openDemo(): Promise<void>;
  revealInFolder(): void;
}

function withExtension(file: string): string {
  return path.extname(file).toLowerCase() === '.copro' ? file : `${file}.copro`;
}

/**
 * Clears the chosen path before writing there. The save dialog already asked before replacing
 * a file; the old one goes to the trash (recoverable), never straight to deletion.
 */
async function clearTarget(win: BrowserWindow, file: string, confirmed: boolean): Promise<boolean> {
  if (!fs.existsSync(file)) return true;
  if (!confirmed) {
    const { response } = await dialog.showMessageBox(win, {
      type: 'question',
      buttons: ['Replace', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: `${path.basename(file)} already exists. Replace it?`,
      detail: 'The existing file will be moved to the trash.',
    });
    if (response !== 0) return false;
  }
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(`${file}${suffix}`)) await shell.trashItem(`${file}${suffix}`);
  }
  return true;
}

function isCancelled(error: unknown): boolean {
  return error instanceof AppError && error.code === 'cancelled';
}

/**
 * Every file path that is written to comes from a dialog run here, never from the renderer.
 * Long operations (a copy, the demo's creation) show their progress in the window, where the
 * user can cancel them.
 */
export function createFileActions(
  session: WorkspaceSession,
  getWindow: () => BrowserWindow,
  running: RunningCalls,
): FileActions {
  async function askSavePath(title: string, defaultName: string): Promise<string | null> {
    const win = getWindow();
    const result = await dialog.showSaveDialog(win, {
      title,
      defaultPath: path.join(app.getPath('documents'), defaultName),
      filters: [COPRO_FILTER],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (result.canceled || !result.filePath) return null;
    const file = withExtension(result.filePath);
    if (path.resolve(file) === session.current?.path) {
      dialog.showErrorBox('Choose another name', `${path.basename(file)} is the open workspace.`);
      return null;
    }
    // The dialog confirmed a replacement only for the name it returned.
    return (await clearTarget(win, file, file === result.filePath)) ? file : null;
  }

  return {
    async newWorkspace() {
      const file = await askSavePath('New workspace', 'Untitled.copro');
      if (file) await session.create(file);
    },
    async openWorkspace() {
      const result = await dialog.showOpenDialog(getWindow(), {
        title: 'Open a workspace',
        filters: [COPRO_FILTER],
        properties: ['openFile'],
      });
      const file = result.filePaths[0];
      if (!result.canceled && file) await session.open(file);
    },
    async openRecent(file) {
      await session.open(file);
    },
    clearRecent() {
      session.clearRecent();
    },
    async saveCopy() {
      const current = session.current;
      if (!current) return;
      const base = path.basename(current.path, path.extname(current.path));
      const file = await askSavePath('Save a copy', `${base} copy.copro`);
      if (!file) return;
      await runMenuOperation(getWindow(), running, 'backup', async (operation) => {
        try {
          await session.saveCopy(file, operation);
          return true;
        } catch (error) {
          // Cancelled from the window: it says so there, and no file was written.
          if (!isCancelled(error)) {
            dialog.showErrorBox(
              'The copy could not be saved',
              error instanceof Error ? error.message : String(error),
            );
          }
          return false;
        }
      });
    },
    async openDemo() {
      await runMenuOperation(getWindow(), running, 'demo', (operation) =>
        session.openDemo(operation),
      );
    },
    revealInFolder() {
      const current = session.current;
      if (current) shell.showItemInFolder(current.path);
    },
  };
}
