import { openWorkspace, type Workspace } from '../../electron/core/db/connection';
import { createDispatcher } from '../../electron/core/dispatcher';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract';

/** A fresh in-memory workspace with every migration applied. */
export function memoryWorkspace(): Promise<Workspace> {
  return openWorkspace(':memory:');
}

/** Calls a channel through the real dispatcher and returns its value, or throws its error. */
export async function call<C extends ChannelName>(
  ws: Workspace,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await createDispatcher(ws)(channel, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as ChannelOutput<C>;
}
