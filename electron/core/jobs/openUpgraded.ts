import { needsUpgrade, openWorkspace, type Workspace } from '../db/connection';
import type { ProgressEvent } from '../../../shared/contract';
import { runJob } from './runner';

export interface OpenUpgradedOptions {
  nativeBinding?: string;
  onProgress?: (event: ProgressEvent) => void;
}

/**
 * Opens an existing workspace for the app. An older file is first upgraded (backup, then
 * migrations) by the `workspace.upgrade` job off the main thread, with progress; the main
 * connection then opens it with nothing left to migrate. Every refusal is openWorkspace's own.
 * Not cancellable: a worker stopped mid-migration would leave a half-written backup behind.
 */
export async function openWorkspaceUpgraded(
  file: string,
  options: OpenUpgradedOptions = {},
): Promise<Workspace> {
  const { nativeBinding, onProgress } = options;
  if (needsUpgrade(file, { nativeBinding })) {
    await runJob(null, 'workspace.upgrade', { file }, { onProgress }, { nativeBinding });
  }
  return openWorkspace(file, { nativeBinding });
}
