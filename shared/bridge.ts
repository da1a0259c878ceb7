import type { ProgressEvent } from './contract';
import type { Result } from './errors';

/**
 * What the preload exposes as `window.copro` (Electron), and what the browser-mode client
 * implements over HTTP: one `invoke` on the contract, plus progress events.
 */
export interface CoproBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  onProgress(listener: (event: ProgressEvent) => void): () => void;
}

/** Browser mode's HTTP protocol (electron/server ↔ renderer/api). */
export const HTTP = {
  /** POST `${callPrefix}<channel>` with the JSON input as body; answers a Result as JSON. */
  callPrefix: '/api/call/',
  /** GET: server-sent progress events. The token goes in the query (EventSource has no headers). */
  eventsPath: '/api/events',
  tokenHeader: 'x-copro-token',
  tokenQuery: 'token',
} as const;
