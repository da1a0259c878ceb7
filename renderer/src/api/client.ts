import type { CoproBridge } from '../../../shared/bridge';
import type {
  ChannelInput,
  ChannelName,
  ChannelOutput,
  ProgressEvent,
} from '../../../shared/contract';
import { ApiError } from './ApiError';
import { createHttpTransport } from './httpTransport';

let transport: CoproBridge | undefined;

/** Electron's preload bridge when present, otherwise browser mode over HTTP; chosen once. */
function currentTransport(): CoproBridge {
  transport ??= window.copro ?? createHttpTransport();
  return transport;
}

/** Read the launch token early (before any routing touches the address bar). */
export function initTransport(): void {
  currentTransport();
}

export interface InvokeOptions {
  /** Aborting it cancels the call: a long operation stops and writes nothing. */
  signal?: AbortSignal;
  /** Names the call: its progress events carry it. Made up when a signal is given without one. */
  operationId?: string;
}

/** A fresh id for one call (progress events and cancellation are matched on it). */
export function newOperationId(): string {
  return crypto.randomUUID();
}

/**
 * Call one channel of the contract. Resolves with the channel's output; rejects with an
 * ApiError carrying the contract's `{code, message, issues}` (`cancelled` once aborted).
 */
export async function invoke<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  options: InvokeOptions = {},
): Promise<ChannelOutput<C>> {
  const { signal } = options;
  if (signal?.aborted) throw new ApiError('cancelled', 'Cancelled: nothing was written.');
  const bridge = currentTransport();
  const operationId = options.operationId ?? (signal === undefined ? undefined : newOperationId());
  const cancel = () => {
    if (operationId !== undefined) bridge.cancel(operationId);
  };
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    const result = await bridge.invoke(channel, input, operationId);
    if (!result.ok) {
      const { code, message, issues } = result.error;
      throw new ApiError(code, message, issues);
    }
    // The dispatcher has already checked this value against the channel's output schema.
    return result.value as ChannelOutput<C>;
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}

/** Cancels an operation this page did not start itself (Electron's File menu names its own). */
export function cancelOperation(operationId: string): void {
  currentTransport().cancel(operationId);
}

export function onProgress(listener: (event: ProgressEvent) => void): () => void {
  return currentTransport().onProgress(listener);
}
