import type { z } from 'zod';
import { channels, isChannelName } from '../../shared/contract';
import { AppError, formatIssue, type Issue, type Result } from '../../shared/errors';
import type { Workspace } from './db/connection';
import { handlers as defaultHandlers, type CallContext, type Handlers } from './handlers';

export type Dispatch = (channel: string, input: unknown, ctx?: CallContext) => Promise<Result<unknown>>;

function toIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: issue.message,
  }));
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return new AppError('conflict', `The change breaks a rule of the workspace: ${String((error as Error).message)}`);
  }
  return new AppError('internal', error instanceof Error ? error.message : String(error));
}

/**
 * The one dispatcher every transport calls: parse input, run the service, check the output.
 * It never throws; errors come back as `{ok:false, error:{code, message, issues}}`.
 */
export function createDispatcher(ws: Workspace, handlers: Handlers = defaultHandlers): Dispatch {
  return async (channel, input, ctx = {}) => {
    try {
      if (!isChannelName(channel)) {
        throw new AppError('unknown_channel', `Unknown channel "${channel}".`);
      }
      const spec = channels[channel];
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) {
        const issues = toIssues(parsed.error);
        throw new AppError(
          'validation',
          `Invalid input for ${channel}: ${issues.map(formatIssue).join('; ')}`,
          issues,
        );
      }
      const handler = handlers[channel] as (
        ws: Workspace,
        input: unknown,
        ctx: CallContext,
      ) => Promise<unknown>;
      const raw = await handler(ws, parsed.data, ctx);
      const checked = spec.output.safeParse(raw);
      if (!checked.success) {
        // A service broke the contract: a bug, reported as such rather than sent on.
        throw new AppError(
          'internal',
          `Output of ${channel} does not match the contract: ${toIssues(checked.error).map(formatIssue).join('; ')}`,
        );
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      return { ok: false, error: toAppError(error).toJSON() };
    }
  };
}
