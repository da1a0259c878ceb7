import path from 'node:path';
import { app, dialog, Menu, type BrowserWindow } from 'electron';
import { appTarget } from './appTarget';
import { createFileActions } from './fileActions';
import { IPC } from '../preload/ipcChannels';
import { registerIpc } from './ipc';
import { RunningCalls } from './runningCalls';
import { buildMenu } from './menu';
import { applySecurityPolicy } from './security';
import { createMainWindow, windowTitle } from './window';
import { WorkspaceSession } from './workspaceSession';

app.setName('Copro');
// COPRO_USER_DATA lets tests run against a throwaway profile; it must be set before the lock.
app.setPath('userData', process.env.COPRO_USER_DATA ?? path.join(app.getPath('appData'), 'Copro'));

/** A `.copro` file on the command line (double-click, `Copro file.copro`). */
function workspaceArgument(argv: readonly string[]): string | undefined {
  return argv.slice(1).find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.copro'));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function startApp(): void {
  const target = appTarget(app.isPackaged);
  let win: BrowserWindow | null = null;
  // Until the first workspace is open, the page's calls wait for it: no reload needed.
  let started = false;
  const getWindow = (): BrowserWindow => {
    if (!win || win.isDestroyed()) win = createMainWindow(target);
    return win;
  };

  const refreshMenu = (): void => {
    Menu.setApplicationMenu(
      buildMenu(session.recent, session.current !== null, actions, reportFailure),
    );
  };
  const session = new WorkspaceSession({
    userDataDir: app.getPath('userData'),
    nativeBinding: process.env.COPRO_NATIVE_BINDING || undefined,
    reportError: (title, message) => dialog.showErrorBox(title, message),
    onChanged: (ws) => {
      refreshMenu();
      if (!win || win.isDestroyed()) return;
      win.setTitle(windowTitle(ws?.path ?? null));
      // The page reads everything through the contract: a reload shows the new workspace.
      if (started && ws && !win.webContents.isLoading()) win.webContents.reload();
    },
    onProgress: (event) => {
      if (win && !win.isDestroyed()) win.webContents.send(IPC.progress, event);
    },
  });
  // The page can cancel the File menu's long operations as it cancels its own calls.
  const running = new RunningCalls();
  const actions = createFileActions(session, getWindow, running);
  const reportFailure = (error: unknown): void => dialog.showErrorBox('Copro', messageOf(error));

  app.on('second-instance', (_event, argv) => {
    const window = getWindow();
    if (window.isMinimized()) window.restore();
    window.focus();
    const file = workspaceArgument(argv);
    if (file) void session.open(file);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => getWindow());

  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    // Close the file cleanly (WAL checkpoint) before the process goes.
    event.preventDefault();
    void session.close().finally(() => {
      closed = true;
      app.quit();
    });
  });

  void app.whenReady().then(async () => {
    applySecurityPolicy(target);
    registerIpc(session, () => win, target, running);
    refreshMenu();
    getWindow();
    try {
      await session.start(workspaceArgument(process.argv));
      started = true;
      if (win && !win.isDestroyed()) win.setTitle(windowTitle(session.current?.path ?? null));
    } catch (error) {
      dialog.showErrorBox('Copro cannot start', messageOf(error));
      app.quit();
    }
  });
}

if (app.requestSingleInstanceLock()) {
  startApp();
} else {
  // Another Copro runs on this profile: it receives our arguments through 'second-instance'.
  app.quit();
}
