import type { ChannelInput, WorkspaceCopy, WorkspaceInfo } from '../../../../shared/contract';
import { invoke, toApiError, type InvokeOptions } from '../../api';

/** The calls that change which workspace the app serves (workspaceSwitchChannels in shared/). */
export type SwitchChannel = 'workspace.open' | 'workspace.create';

/**
 * Switches the app to another workspace, then reloads the page: the app now serves the new
 * file, and a fresh page reads everything (projects, language, title) from it. A refusal throws
 * an ApiError and changes nothing: the current workspace is still open.
 */
export async function switchWorkspace<C extends SwitchChannel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<void> {
  await invoke(channel, input);
  window.location.reload();
}

/**
 * Opens an existing workspace file. An older one is upgraded first (backup, then migrations),
 * reporting progress under `options.operationId`; it cannot be cancelled. On success the caller
 * reloads the page, as after any switch; a refusal throws and the current workspace stays open.
 */
export function openWorkspaceFile(path: string, options: InvokeOptions): Promise<WorkspaceInfo> {
  return invoke('workspace.open', { path }, options);
}

/**
 * Switches to the demo (created on first use, with progress; cancellable). A cancel that reached
 * the app after it had switched cannot undo the switch: the demo's info comes back then, and the
 * page must follow the app to it like after any switch.
 */
export async function switchToDemo(options: InvokeOptions): Promise<WorkspaceInfo> {
  const before = await invoke('workspace.info', {});
  try {
    return await invoke('workspace.openDemo', {}, options);
  } catch (error) {
    if (toApiError(error).code !== 'cancelled') throw error;
    const after = await invoke('workspace.info', {});
    if (after.path === before.path) throw error;
    return after;
  }
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const text = window.atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** A copy of the open workspace (`workspace.saveCopy`), saved by the browser as a download. */
export function saveDownload(copy: WorkspaceCopy): void {
  const url = URL.createObjectURL(
    new Blob([bytesOf(copy.contentBase64)], { type: 'application/octet-stream' }),
  );
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = copy.fileName;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click has handed the data to the download; the URL can go once this task ends.
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
