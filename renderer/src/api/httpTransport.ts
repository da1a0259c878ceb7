import { HTTP, type CoproBridge } from '../../../shared/bridge';
import type { ProgressEvent } from '../../../shared/contract';
import type { Result } from '../../../shared/errors';
import { ApiError } from './ApiError';

const TOKEN_KEY = 'copro.token';

/**
 * The launch token arrives once in the address (`?token=…`); it is kept for this tab only and
 * removed from the address bar so it does not end up in history, bookmarks or screenshots.
 */
export function takeLaunchToken(): string | null {
  const params = new URLSearchParams(window.location.search);
  const fromAddress = params.get(HTTP.tokenQuery);
  if (fromAddress) {
    window.sessionStorage.setItem(TOKEN_KEY, fromAddress);
    params.delete(HTTP.tokenQuery);
    const query = params.toString();
    const cleanAddress = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', cleanAddress);
  }
  return window.sessionStorage.getItem(TOKEN_KEY);
}

/** The server rolls an aborted call back; its answer never comes, so the client says so itself. */
function cancelledResult(): Result<unknown> {
  return {
    ok: false,
    error: { code: 'cancelled', message: 'Cancelled: nothing was written.', issues: [] },
  };
}

function isResult(body: unknown): body is Result<unknown> {
  return (
    typeof body === 'object' && body !== null && typeof (body as { ok?: unknown }).ok === 'boolean'
  );
}

/** Browser mode: the same contract over HTTP on 127.0.0.1 (see electron/server). */
export function createHttpTransport(): CoproBridge {
  const token = takeLaunchToken() ?? '';
  const listeners = new Set<(event: ProgressEvent) => void>();
  let events: EventSource | null = null;
  /** Cancelling a call is aborting its request: the server sees the connection close. */
  const running = new Map<string, AbortController>();

  return {
    async invoke(channel, input, operationId) {
      const abort = new AbortController();
      if (operationId !== undefined) running.set(operationId, abort);
      try {
        let response: Response;
        try {
          response = await fetch(`${HTTP.callPrefix}${channel}`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              [HTTP.tokenHeader]: token,
              ...(operationId === undefined ? {} : { [HTTP.operationHeader]: operationId }),
            },
            body: JSON.stringify(input ?? {}),
            signal: abort.signal,
          });
        } catch (error) {
          if (abort.signal.aborted) return cancelledResult();
          throw new ApiError('network', error instanceof Error ? error.message : String(error));
        }
        const body: unknown = await response.json().catch(() => null);
        if (isResult(body)) return body;
        if (abort.signal.aborted) return cancelledResult();
        throw new ApiError(
          'internal',
          `Unexpected answer from the server (HTTP ${response.status}).`,
        );
      } finally {
        if (operationId !== undefined && running.get(operationId) === abort) {
          running.delete(operationId);
        }
      }
    },

    cancel(operationId) {
      running.get(operationId)?.abort();
    },

    onProgress(listener) {
      listeners.add(listener);
      if (!events) {
        const query = new URLSearchParams({ [HTTP.tokenQuery]: token });
        events = new EventSource(`${HTTP.eventsPath}?${query.toString()}`);
        events.onmessage = (message: MessageEvent<string>) => {
          const event = JSON.parse(message.data) as ProgressEvent;
          for (const notify of listeners) notify(event);
        };
      }
      return () => {
        listeners.delete(listener);
        // Close the stream when nobody listens, so an idle tab holds no connection open.
        if (listeners.size === 0 && events) {
          events.close();
          events = null;
        }
      };
    },
  };
}
