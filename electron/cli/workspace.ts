import path from 'node:path';
import { openWorkspace, type OpenOptions, type Workspace } from '../core/db/connection';
import { AppError } from '../../shared/errors';

/**
 * The core names a file by its base name (fine in a window); in a terminal the user should
 * see the path they typed.
 */
function withTypedPath(error: unknown, typed: string): unknown {
  if (!(error instanceof AppError)) return error;
  const base = path.basename(typed);
  if (base === typed || !error.message.startsWith(`${base} `)) return error;
  return new AppError(error.code, typed + error.message.slice(base.length), error.issues);
}

/** Opens a workspace for one command and always closes it. */
export async function withWorkspace<T>(
  file: string,
  options: OpenOptions,
  work: (ws: Workspace) => Promise<T>,
): Promise<T> {
  let ws: Workspace;
  try {
    ws = await openWorkspace(file, options);
  } catch (error) {
    throw withTypedPath(error, file);
  }
  try {
    return await work(ws);
  } finally {
    await ws.close();
  }
}
