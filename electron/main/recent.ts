import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** What the shell remembers between launches, in `<userData>/state.json`. */
const appStateSchema = z.object({
  lastWorkspace: z.string().nullable().catch(null),
  recent: z.array(z.string()).catch([]),
});
export type AppState = z.infer<typeof appStateSchema>;

export const RECENT_LIMIT = 10;
export const STATE_FILE = 'state.json';

const EMPTY: AppState = { lastWorkspace: null, recent: [] };

/** A missing or unreadable state file is a first launch, never a reason not to start. */
export function readState(userDataDir: string): AppState {
  try {
    const raw: unknown = JSON.parse(fs.readFileSync(path.join(userDataDir, STATE_FILE), 'utf8'));
    const parsed = appStateSchema.safeParse(raw);
    return parsed.success ? parsed.data : EMPTY;
  } catch {
    return EMPTY;
  }
}

/** Written to a temporary file then renamed, so a crash never leaves half a state file. */
export function writeState(userDataDir: string, state: AppState): void {
  fs.mkdirSync(userDataDir, { recursive: true });
  const file = path.join(userDataDir, STATE_FILE);
  const partial = `${file}.${process.pid}.partial`;
  fs.writeFileSync(partial, `${JSON.stringify(state, null, 2)}\n`);
  fs.renameSync(partial, file);
}

/** The opened file becomes the last workspace and moves to the top of the recent list. */
export function withOpened(state: AppState, file: string): AppState {
  const recent = [file, ...state.recent.filter((entry) => entry !== file)].slice(0, RECENT_LIMIT);
  return { lastWorkspace: file, recent };
}

export function withoutRecent(state: AppState, file: string): AppState {
  return {
    lastWorkspace: state.lastWorkspace === file ? null : state.lastWorkspace,
    recent: state.recent.filter((entry) => entry !== file),
  };
}

export function withRecentCleared(state: AppState): AppState {
  return { ...state, recent: [] };
}
