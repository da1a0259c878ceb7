import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { ProgressEvent } from '../../shared/contract';
import { AppError, type Result } from '../../shared/errors';
import { IPC } from '../preload/ipcChannels';
import { isAppUrl, type AppTarget } from './appTarget';
import type { WorkspaceSession } from './workspaceSession';

/** Only the main frame of our window, showing our page, may call the contract. */
function isTrustedSender(
  event: IpcMainInvokeEvent,
  win: BrowserWindow | null,
  target: AppTarget,
): boolean {
  const frame = event.senderFrame;
  if (!frame || !win || win.isDestroyed() || event.sender !== win.webContents) return false;
  const main = win.webContents.mainFrame;
  return (
    frame.processId === main.processId &&
    frame.frameToken === main.frameToken &&
    isAppUrl(frame.url, target)
  );
}

function failure(error: AppError): Result<unknown> {
  return { ok: false, error: error.toJSON() };
}

/** One handler for the whole contract: sender check here, zod validation in the dispatcher. */
export function registerIpc(
  session: WorkspaceSession,
  getWindow: () => BrowserWindow | null,
  target: AppTarget,
): void {
  ipcMain.handle(IPC.invoke, async (event, channel: unknown, input: unknown) => {
    if (!isTrustedSender(event, getWindow(), target)) {
      return failure(new AppError('forbidden', 'Calls are accepted only from the Copro window.'));
    }
    if (typeof channel !== 'string') {
      return failure(new AppError('validation', 'The channel name must be a string.'));
    }
    const sender = event.sender;
    const onProgress = (progress: ProgressEvent): void => {
      if (!sender.isDestroyed()) sender.send(IPC.progress, progress);
    };
    return session.dispatch(channel, input, { onProgress });
  });
}
