import { openWorkspace } from '../../../electron/core/db/connection';
import { createDemo } from '../../../electron/core/demo';

/** What a test's workspace holds when it starts. */
export type Seed = 'empty' | 'demo';

/** Creates the workspace file before the server opens it, so a test starts from known data. */
export async function seedWorkspace(workspacePath: string, seed: Seed): Promise<void> {
  const ws = await openWorkspace(workspacePath, { create: true });
  try {
    if (seed === 'demo') await createDemo(ws);
  } finally {
    await ws.close();
  }
}
