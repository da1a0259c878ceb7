import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CoproBridge } from '../../shared/bridge';
import type { ProgressEvent } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { IPC } from './ipcChannels';

/** Only forwards: no ipcRenderer, no Node, nothing but the contract's three verbs. */
const bridge: CoproBridge = {
  invoke(channel, input, operationId) {
    return ipcRenderer.invoke(IPC.invoke, channel, input, operationId) as Promise<Result<unknown>>;
  },
  cancel(operationId) {
    // Main checks the id and the sender; a call already finished has nothing to cancel.
    void ipcRenderer.invoke(IPC.cancel, operationId);
  },
  onProgress(listener) {
    const forward = (_event: IpcRendererEvent, progress: ProgressEvent): void => listener(progress);
    ipcRenderer.on(IPC.progress, forward);
    return () => {
      ipcRenderer.removeListener(IPC.progress, forward);
    };
  },
};

contextBridge.exposeInMainWorld('copro', bridge);
