import type { z } from 'zod';
import type { ChannelName, Channels, ParsedInput, ProgressEvent } from '../../../shared/contract';
import type { Workspace } from '../db/connection';

/** What a transport passes along with a call: progress reporting and cancellation. */
export interface CallContext {
  onProgress?: (event: ProgressEvent) => void;
  signal?: AbortSignal;
}

export type Handler<C extends ChannelName> = (
  ws: Workspace,
  input: ParsedInput<C>,
  ctx: CallContext,
) => Promise<z.input<Channels[C]['output']>>;

export type Handlers = { [C in ChannelName]: Handler<C> };
