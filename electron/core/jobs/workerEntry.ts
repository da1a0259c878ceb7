// The job worker: runs one job on its own connection to the workspace, then exits.
import { parentPort, workerData } from 'node:worker_threads';
import type { ProgressEvent } from '../../../shared/contract';
import { AppError, apiMessage } from '../../../shared/errors';
import type { Workspace } from '../db/connection';
import { openJobConnection } from './connection';
import { runJobHere } from './jobTable';
import type { FromWorker, ToWorker, WorkerStart } from './protocol';
import { toTransferred } from './transferError';

async function runStartedJob(port: NonNullable<typeof parentPort>, start: WorkerStart) {
  const post = (message: FromWorker): void => port.postMessage(message);
  const controller = new AbortController();
  const onMessage = (message: ToWorker): void => {
    if (message.type === 'cancel') controller.abort();
  };
  port.on('message', onMessage);
  const checkCancelFlag = (): void => {
    if (!controller.signal.aborted && Atomics.load(start.cancelFlag, 0) === 1) controller.abort();
  };

  const opened: { ws: Workspace | null } = { ws: null };
  const env = {
    nativeBinding: start.nativeBinding,
    workspace(): Workspace {
      if (start.workspacePath === null) {
        throw new AppError(
          'internal',
          apiMessage('apiErrors.jobWithoutWorkspace', { name: start.name }),
        );
      }
      opened.ws ??= openJobConnection(start.workspacePath, start.nativeBinding);
      return opened.ws;
    },
  };
  const onProgress = (event: ProgressEvent): void => {
    checkCancelFlag();
    post({ type: 'progress', event });
  };
  let answer: FromWorker;
  try {
    checkCancelFlag();
    const output = await runJobHere(start.name, env, start.input as never, {
      signal: controller.signal,
      onProgress,
    });
    answer = { type: 'done', output };
  } catch (error) {
    answer = { type: 'failed', error: toTransferred(error) };
  }
  // Closed before answering: once the caller has the answer, this connection holds no lock.
  await opened.ws?.close().catch(() => undefined);
  post(answer);
  // Nothing else keeps the thread alive: it ends on its own.
  port.off('message', onMessage);
}

if (parentPort === null) throw new Error('workerEntry runs as a worker thread only');
void runStartedJob(parentPort, workerData as WorkerStart);
