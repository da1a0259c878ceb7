import type { BrowserWindow } from 'electron';
import { MENU_OPERATION_PREFIX, type MENU_OPERATION_ENDINGS } from '../../shared/bridge';
import type { ProgressEvent } from '../../shared/contract';
import type { OperationContext } from '../core/handlers/types';
import { IPC } from '../preload/ipcChannels';
import type { RunningCalls } from './runningCalls';

export type MenuOperationEnding = (typeof MENU_OPERATION_ENDINGS)[number];

let started = 0;

/**
 * One long operation of the File menu (save a copy, create the demo), shown in the window like
 * the page's own: its progress goes to the window tagged with a `menu-…` operation id, the page
 * can cancel it by that id (`copro:cancel`), and a last event says how it ended (`done`,
 * `cancelled`, `failed`) so the page can put its progress away. `work` answers whether it
 * succeeded; it reports its own failures to the user.
 */
export async function runMenuOperation(
  win: BrowserWindow,
  running: RunningCalls,
  operation: string,
  work: (context: OperationContext) => Promise<boolean>,
): Promise<boolean> {
  started += 1;
  const operationId = `${MENU_OPERATION_PREFIX}${operation}-${started}`;
  const contents = win.webContents;
  let last: ProgressEvent = { operation, done: 0, total: 0 };
  const send = (event: ProgressEvent): void => {
    last = event;
    if (!win.isDestroyed() && !contents.isDestroyed()) {
      contents.send(IPC.progress, { ...event, operationId });
    }
  };
  const abort = running.start(contents, operationId);
  let ending: MenuOperationEnding = 'failed';
  try {
    const succeeded = await work({ onProgress: send, signal: abort.signal });
    ending = succeeded ? 'done' : abort.signal.aborted ? 'cancelled' : 'failed';
    return succeeded;
  } catch (error) {
    ending = abort.signal.aborted ? 'cancelled' : 'failed';
    throw error;
  } finally {
    running.finish(contents, operationId, abort);
    send({ operation: last.operation, done: last.done, total: last.total, phase: ending });
  }
}
