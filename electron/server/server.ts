import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { HTTP } from '../../shared/bridge';
import type { Dispatch } from '../core/dispatcher';
import { defaultDataDir } from '../core/demo/defaultWorkspace';
import { ProgressHub } from './events';
import { createRequestListener } from './routes';
import { createToken, LOOPBACK_HOST } from './security';
import { createStaticFiles } from './static';
import { ServerWorkspaceSession } from './workspaceSession';

export interface ServerOptions {
  workspacePath: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The built renderer; defaults to the repository's `out/renderer`. */
  rendererDir?: string;
  /** Copro's data folder (recent list, new workspaces, the demo); defaults to defaultDataDir(). */
  dataDir?: string;
}

export interface RunningServer {
  /** The address to open, token included: `http://127.0.0.1:PORT/?token=TOKEN`. */
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

/** How long close() waits for running requests before cutting connections. */
const CLOSE_GRACE_MS = 5_000;

/** `out/renderer` at the repository root, found from this module's own location. */
export const DEFAULT_RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    // Loopback only: browser mode is never reachable from another machine.
    server.listen(port, LOOPBACK_HOST, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * Browser mode: the shared contract over HTTP on 127.0.0.1, for one open workspace at a time
 * (the workspace channels switch it), guarded by a per-launch token and Host/Origin checks.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  // The session holds the open workspace; the workspace channels can switch it.
  const session = await ServerWorkspaceSession.start({
    workspacePath: options.workspacePath,
    dataDir: options.dataDir ?? defaultDataDir(),
  });
  const dispatch: Dispatch = (channel, input, ctx) => session.dispatch(channel, input, ctx);
  const hub = new ProgressHub();
  const files = createStaticFiles(options.rendererDir ?? DEFAULT_RENDERER_DIR);
  const token = createToken();
  const inFlight = new Set<Promise<void>>();
  let boundPort = 0;

  const server = createServer(
    createRequestListener({ token, port: () => boundPort, dispatch, hub, files }, inFlight),
  );
  try {
    boundPort = await listen(server, options.port ?? 0);
  } catch (error) {
    await session.close();
    throw error;
  }

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      hub.close();
      server.closeIdleConnections();
      // Let running calls finish their transaction before the database goes away; a client
      // still trickling a request body after the grace period is cut off.
      await Promise.race([
        Promise.allSettled([...inFlight]),
        delay(CLOSE_GRACE_MS, undefined, { ref: false }),
      ]);
      server.closeAllConnections();
      await Promise.allSettled([...inFlight]);
      await stopped;
      await session.close();
    })();
    return closing;
  };

  return {
    url: `http://${LOOPBACK_HOST}:${boundPort}/?${HTTP.tokenQuery}=${token}`,
    token,
    port: boundPort,
    close,
  };
}
