/**
 * What the shell remembers between launches, in `<userData>/state.json`: the same recent-list
 * logic and format as browser mode's data folder (electron/core/services/workspaceFiles).
 */
export {
  RECENT_LIMIT,
  STATE_FILE,
  readWorkspacesState as readState,
  withOpened,
  withoutRecent,
  withRecentCleared,
  writeWorkspacesState as writeState,
  type WorkspacesState as AppState,
} from '../core/services/workspaceFiles';
