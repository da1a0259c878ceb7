import { z } from 'zod';
import type { ProgressEvent } from './contract';
import type { Result } from './errors';

/**
 * What the preload exposes as `window.copro` (Electron), and what the browser-mode client
 * implements over HTTP: one `invoke` on the contract, plus progress events and cancellation.
 * A call named by an `operationId` (the client makes it up) tags its progress events with it and
 * can be cancelled by it; a cancelled call answers `{ok:false, error:{code:'cancelled'}}`.
 */
export interface CoproBridge {
  invoke(channel: string, input: unknown, operationId?: string): Promise<Result<unknown>>;
  /** Asks the call named `operationId` to stop; handlers that loop roll back and write nothing. */
  cancel(operationId: string): void;
  onProgress(listener: (event: ProgressEvent) => void): () => void;
}

/** What an operation id looks like (a UUID, or any short token): checked by every transport. */
export const operationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/**
 * Operations Electron's File menu starts (not the page): their progress events carry an id with
 * this prefix, the page may cancel them by it, and their last event's phase is one of
 * `MENU_OPERATION_ENDINGS`.
 */
export const MENU_OPERATION_PREFIX = 'menu-';
export const MENU_OPERATION_ENDINGS = ['done', 'cancelled', 'failed'] as const;

/** Browser mode's HTTP protocol (electron/server ↔ renderer/api). */
export const HTTP = {
  /** POST `${callPrefix}<channel>` with the JSON input as body; answers a Result as JSON. */
  callPrefix: '/api/call/',
  /** GET: server-sent progress events. The token goes in the query (EventSource has no headers). */
  eventsPath: '/api/events',
  tokenHeader: 'x-copro-token',
  /** Optional: the call's operation id, copied into its progress events. */
  operationHeader: 'x-copro-operation',
  tokenQuery: 'token',
} as const;
