import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HTTP } from '../../shared/bridge';
import type { Dispatch } from '../core/dispatcher';
import { handleCall } from './api';
import type { ProgressHub } from './events';
import { applySecurityHeaders, sendError } from './respond';
import { checkHostAndOrigin, checkToken, LOOPBACK_HOST } from './security';
import type { StaticFiles } from './static';

export interface RouteDeps {
  token: string;
  /** The bound port, known only once listening; Host and Origin are checked against it. */
  port(): number;
  dispatch: Dispatch;
  hub: ProgressHub;
  files: StaticFiles;
}

const API_PREFIX = '/api/';

async function route(deps: RouteDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  applySecurityHeaders(res);
  const rawUrl = req.url ?? '';
  // Origin-form only ("/path"): absolute-form or "*" targets are proxy requests, not ours.
  if (!rawUrl.startsWith('/')) {
    sendError(res, 400, {
      code: 'validation',
      message: `Request target "${rawUrl}" is not a path.`,
      issues: [],
    });
    return;
  }
  // Checked before the URL is even parsed: nothing runs for a foreign Host or Origin.
  const refusedSite = checkHostAndOrigin(req, deps.port());
  if (refusedSite) {
    sendError(res, refusedSite.status, refusedSite.error);
    return;
  }
  // Prefixing the fixed origin keeps "//other.host/x" a path instead of a new host.
  const url = new URL(`http://${LOOPBACK_HOST}:${deps.port()}${rawUrl}`);

  if (!url.pathname.startsWith(API_PREFIX)) {
    await deps.files.serve(req, res, url);
    return;
  }
  const refusedToken = checkToken(req, url, deps.token);
  if (refusedToken) {
    sendError(res, refusedToken.status, refusedToken.error);
    return;
  }
  if (url.pathname.startsWith(HTTP.callPrefix)) {
    await handleCall(req, res, url, deps.dispatch, deps.hub);
    return;
  }
  if (url.pathname === HTTP.eventsPath) {
    if (req.method !== 'GET') {
      sendError(
        res,
        405,
        { code: 'forbidden', message: 'The event stream is read with GET.', issues: [] },
        { Allow: 'GET' },
      );
      return;
    }
    deps.hub.attach(res);
    return;
  }
  sendError(res, 404, {
    code: 'not_found',
    message: `No API endpoint at ${url.pathname}.`,
    issues: [],
  });
}

/**
 * The whole HTTP surface of browser mode. `inFlight` tracks running requests so a graceful
 * close can wait for calls that are writing to the workspace.
 */
export function createRequestListener(
  deps: RouteDeps,
  inFlight: Set<Promise<void>>,
): RequestListener {
  return (req, res) => {
    const running = route(deps, req, res)
      .catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (res.headersSent) res.destroy();
        else sendError(res, 500, { code: 'internal', message, issues: [] });
      })
      .finally(() => inFlight.delete(running));
    inFlight.add(running);
  };
}
