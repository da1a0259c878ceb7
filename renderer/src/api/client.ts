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

/**
 * Call one channel of the contract. Resolves with the channel's output; rejects with an
 * ApiError carrying the contract's `{code, message, issues}`.
 */
export async function invoke<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await currentTransport().invoke(channel, input);
  if (!result.ok) {
    const { code, message, issues } = result.error;
    throw new ApiError(code, message, issues);
  }
  // The dispatcher has already checked this value against the channel's output schema.
  return result.value as ChannelOutput<C>;
}

export function onProgress(listener: (event: ProgressEvent) => void): () => void {
  return currentTransport().onProgress(listener);
}
