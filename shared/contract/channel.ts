import type { z } from 'zod';

/** One channel of the contract: `domain.verb` → zod input and output, plus a line for `copro channels`. */
export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly description: string;
}

export function channel<I extends z.ZodType, O extends z.ZodType>(
  description: string,
  input: I,
  output: O,
): ChannelSpec<I, O> {
  return { input, output, description };
}
