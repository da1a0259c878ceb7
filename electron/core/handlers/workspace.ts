import { AppError, apiMessage } from '../../../shared/errors';
import { setLanguage, workspaceInfo } from '../services/workspace';
import type { CallContext, Handlers, OperationContext, WorkspaceSessionControl } from './types';

/** The workspace channels that need the app's session: refused where there is none. */
function sessionOf(ctx: CallContext, channel: string): WorkspaceSessionControl {
  if (!ctx.session) {
    throw new AppError('forbidden', apiMessage('apiErrors.openOnlyInApp', { channel }));
  }
  return ctx.session;
}

/** Only the progress and the cancellation go on to the session's long operations. */
function operationOf(ctx: CallContext): OperationContext {
  return { onProgress: ctx.onProgress, signal: ctx.signal };
}

export const workspaceHandlers = {
  'workspace.info': (ws) => workspaceInfo(ws),
  'workspace.setLanguage': async (ws, input) => {
    await setLanguage(ws, input.language);
    return workspaceInfo(ws);
  },
  'workspace.recent': (_ws, _input, ctx) => sessionOf(ctx, 'workspace.recent').recent(),
  'workspace.open': (_ws, input, ctx) =>
    sessionOf(ctx, 'workspace.open').open(input.path, operationOf(ctx)),
  'workspace.create': (_ws, input, ctx) => sessionOf(ctx, 'workspace.create').create(input.name),
  'workspace.openDemo': (_ws, _input, ctx) =>
    sessionOf(ctx, 'workspace.openDemo').openDemo(operationOf(ctx)),
  'workspace.saveCopy': (_ws, _input, ctx) =>
    sessionOf(ctx, 'workspace.saveCopy').saveCopy(operationOf(ctx)),
} satisfies Partial<Handlers>;
