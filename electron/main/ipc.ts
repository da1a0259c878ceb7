import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { operationIdSchema } from '../../shared/bridge';
import type { ProgressEvent } from '../../shared/contract';
import { AppError, type Result } from '../../shared/errors';
import { IPC } from '../preload/ipcChannels';
import { isAppUrl, type AppTarget } from './appTarget';
import { RunningCalls } from './runningCalls';
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
  /** Shared with the File menu, whose long operations the page can cancel too. */
  running: RunningCalls = new RunningCalls(),
): void {
  ipcMain.handle(
    IPC.invoke,
    async (event, channel: unknown, input: unknown, operationId: unknown = undefined) => {
      if (!isTrustedSender(event, getWindow(), target)) {
        return failure(new AppError('forbidden', 'Calls are accepted only from the Copro window.'));
      }
      if (typeof channel !== 'string') {
        return failure(new AppError('validation', 'The channel name must be a string.'));
      }
      const operation = operationIdSchema.optional().safeParse(operationId);
      if (!operation.success) {
        return failure(
          new AppError(
            'validation',
            'The operation id must be 1 to 64 letters, digits, "-" or "_".',
          ),
        );
      }
      const id = operation.data;
      const sender = event.sender;
      const onProgress = (progress: ProgressEvent): void => {
        if (!sender.isDestroyed()) {
          sender.send(IPC.progress, id === undefined ? progress : { ...progress, operationId: id });
        }
      };
      if (id === undefined) return session.dispatch(channel, input, { onProgress });
      const abort = running.start(sender, id);
      try {
        return await session.dispatch(channel, input, { onProgress, signal: abort.signal });
      } finally {
        running.finish(sender, id, abort);
      }
    },
  );

  ipcMain.handle(IPC.cancel, (event, operationId: unknown) => {
    if (!isTrustedSender(event, getWindow(), target)) return false;
    const operation = operationIdSchema.safeParse(operationId);
    if (!operation.success) return false;
    return running.cancel(event.sender, operation.data);
  });
}
