import fs from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../electron/core/dispatcher';
import { MAX_BODY_BYTES } from '../../electron/server/api';
import { ProgressHub } from '../../electron/server/events';
import { createRequestListener } from '../../electron/server/routes';
import { startServer, type RunningServer } from '../../electron/server/server';
import { createStaticFiles } from '../../electron/server/static';
import { HTTP } from '../../shared/bridge';
import type { ProgressEvent } from '../../shared/contract';
import type { Result } from '../../shared/errors';

const SECRET = 'SECRET-OUTSIDE-THE-RENDERER';
const REPO_PACKAGE_NAME = '"name": "copro"';

let dir: string;
let server: RunningServer;
let workspacePath: string;

/** A throwaway renderer, with a secret file beside it that traversal must never reach. */
function makeRendererDir(root: string): string {
  const rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><title>Copro</title><script type="module" src="./assets/app.js"></script>',
  );
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  fs.writeFileSync(path.join(root, 'secret.txt'), SECRET);
  return rendererDir;
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-server-'));
  workspacePath = path.join(dir, 'slate.copro');
  server = await startServer({ workspacePath, rendererDir: makeRendererDir(dir) });
});

afterEach(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function apiUrl(channel: string): string {
  return `http://127.0.0.1:${server.port}${HTTP.callPrefix}${channel}`;
}

async function callApi(
  channel: string,
  body: unknown,
  headers: Record<string, string> = { [HTTP.tokenHeader]: server.token },
): Promise<{ status: number; result: Result<unknown>; headers: Headers }> {
  const response = await fetch(apiUrl(channel), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    result: (await response.json()) as Result<unknown>,
    headers: response.headers,
  };
}

async function projectCount(): Promise<number> {
  const { result } = await callApi('projects.list', {});
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as unknown[]).length;
}

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** node:http, because fetch normalises paths and will not let a test set Host. */
function rawRequest(
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string },
  port = server.port,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Opens the event stream and resolves with the status, headers and first chunk. */
function openEvents(
  query: string,
  port = server.port,
): Promise<{ status: number; headers: IncomingHttpHeaders; first: string; close(): void }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: `${HTTP.eventsPath}${query}`, method: 'GET' },
      (res) => {
        res.setEncoding('utf8');
        res.once('data', (chunk: string) =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            first: chunk,
            close: () => req.destroy(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('browser mode server: calls', () => {
  it('answers a valid call with the dispatcher’s Result, and the change is stored', async () => {
    const { status, result, headers } = await callApi('projects.create', { title: 'Les Glaneurs' });
    expect(status).toBe(200);
    expect(result.ok).toBe(true);
    expect(result.ok && (result.value as { title: string }).title).toBe('Les Glaneurs');
    expect(headers.get('cache-control')).toBe('no-store');
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(await projectCount()).toBe(1);
  });

  it('prints an address on 127.0.0.1 carrying a 32-byte base64url token', () => {
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
  });

  it('answers malformed input with a validation Result naming the field', async () => {
    const { status, result } = await callApi('projects.create', { title: '', crowdCapBp: 'lots' });
    expect(status).toBe(200);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    const fields = result.error.issues.map((issue) => issue.path.join('.'));
    expect(fields).toContain('title');
    expect(fields).toContain('crowdCapBp');
    expect(await projectCount()).toBe(0);
  });

  it('answers a body that is not JSON with 400 naming the body', async () => {
    const { status, result } = await callApi('projects.create', '{"title": "Unclosed');
    expect(status).toBe(400);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.message).toMatch(/not valid JSON/);
    expect(result.error.issues[0]?.path).toEqual(['body']);
    expect(await projectCount()).toBe(0);
  });

  it('refuses a body over the size limit with 413', async () => {
    const huge = JSON.stringify({ title: 'x'.repeat(MAX_BODY_BYTES + 1024) });
    const response = await rawRequest({
      path: `${HTTP.callPrefix}projects.create`,
      method: 'POST',
      headers: { [HTTP.tokenHeader]: server.token, 'content-type': 'application/json' },
      body: huge,
    });
    expect(response.status).toBe(413);
    expect(response.body).toMatch(/larger than 128 MB/);
  });

  it('answers an unknown channel with 404 and code unknown_channel', async () => {
    const { status, result } = await callApi('projects.explode', {});
    expect(status).toBe(404);
    expect(!result.ok && result.error.code).toBe('unknown_channel');
  });

  it('refuses GET on a call endpoint', async () => {
    const response = await rawRequest({
      path: `${HTTP.callPrefix}projects.list`,
      headers: { [HTTP.tokenHeader]: server.token },
    });
    expect(response.status).toBe(405);
  });
});

describe('browser mode server: refusals happen before any handler runs', () => {
  it('refuses a call without a token with 401', async () => {
    const { status, result } = await callApi('projects.create', { title: 'Intrus' }, {});
    expect(status).toBe(401);
    expect(!result.ok && result.error.code).toBe('unauthorized');
    expect(await projectCount()).toBe(0);
  });

  it('refuses a wrong token of the same length with 401', async () => {
    const wrong = (server.token[0] === 'A' ? 'B' : 'A') + server.token.slice(1);
    const { status, result } = await callApi(
      'projects.create',
      { title: 'Intrus' },
      { [HTTP.tokenHeader]: wrong },
    );
    expect(status).toBe(401);
    expect(!result.ok && result.error.code).toBe('unauthorized');
    expect(await projectCount()).toBe(0);
  });

  it('refuses a foreign Origin with 403 even with the right token', async () => {
    const { status, result } = await callApi(
      'projects.create',
      { title: 'Intrus' },
      { [HTTP.tokenHeader]: server.token, origin: 'http://evil.example' },
    );
    expect(status).toBe(403);
    expect(!result.ok && result.error.code).toBe('forbidden');
    expect(await projectCount()).toBe(0);
  });

  it('accepts the page’s own Origin', async () => {
    const { status } = await callApi(
      'projects.list',
      {},
      { [HTTP.tokenHeader]: server.token, origin: `http://localhost:${server.port}` },
    );
    expect(status).toBe(200);
  });

  it('refuses a foreign Host (DNS rebinding) with 403 even with the right token', async () => {
    const response = await rawRequest({
      path: `${HTTP.callPrefix}projects.create`,
      method: 'POST',
      headers: {
        host: `evil.example:${server.port}`,
        [HTTP.tokenHeader]: server.token,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ title: 'Intrus' }),
    });
    expect(response.status).toBe(403);
    expect((JSON.parse(response.body) as Result<unknown>).ok).toBe(false);
    expect(response.body).toContain('forbidden');
    expect(await projectCount()).toBe(0);
  });

  it('refuses a foreign Host for static files too, and accepts localhost:PORT', async () => {
    const foreign = await rawRequest({
      path: '/',
      headers: { host: `evil.example:${server.port}` },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.body).not.toContain('<title>');
    const local = await rawRequest({ path: '/', headers: { host: `localhost:${server.port}` } });
    expect(local.status).toBe(200);
  });
});

describe('browser mode server: static files', () => {
  it('serves index.html for / with the security headers', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await response.text()).toContain('<title>Copro</title>');
  });

  it('serves scripts as JavaScript and answers 404 for a missing file', async () => {
    const script = await fetch(`http://127.0.0.1:${server.port}/assets/app.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const missing = await fetch(`http://127.0.0.1:${server.port}/assets/nothing.js`);
    expect(missing.status).toBe(404);
  });

  it.each([
    '/../package.json',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/..%5csecret.txt',
    '/%00index.html',
  ])('never serves a file outside the renderer for %s', async (attempt) => {
    const response = await rawRequest({ path: attempt });
    expect([403, 404]).toContain(response.status);
    expect(response.body).not.toContain(SECRET);
    expect(response.body).not.toContain(REPO_PACKAGE_NAME);
    expect(response.body).not.toContain('root:');
  });
});

describe('browser mode server: progress events', () => {
  it('requires the token for the event stream', async () => {
    const none = await rawRequest({ path: HTTP.eventsPath });
    expect(none.status).toBe(401);
    const wrong = await rawRequest({ path: `${HTTP.eventsPath}?token=nope` });
    expect(wrong.status).toBe(401);
  });

  it('opens the event stream with the token', async () => {
    const stream = await openEvents(`?token=${server.token}`);
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(stream.first).toContain(': connected');
    stream.close();
  });

  it('publishes the progress a call reports to connected pages', async () => {
    const event: ProgressEvent = { operation: 'import', done: 2, total: 5, message: 'rows' };
    const dispatch: Dispatch = async (_channel, _input, ctx) => {
      ctx?.onProgress?.(event);
      return { ok: true, value: null };
    };
    const hub = new ProgressHub();
    let port = 0;
    const listener = createRequestListener(
      { token: 't0k3n', port: () => port, dispatch, hub, files: createStaticFiles(dir) },
      new Set(),
    );
    const local: Server = createServer(listener);
    await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
    port = (local.address() as AddressInfo).port;
    try {
      const received = new Promise<string>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port, path: `${HTTP.eventsPath}?token=t0k3n` },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              text += chunk;
              if (text.includes('data: ')) {
                req.destroy();
                resolve(text);
              }
            });
          },
        );
        req.on('error', reject);
        req.end();
      });
      await new Promise<void>((resolve) => {
        const waitForClient = (): void => {
          if (hub.clientCount > 0) resolve();
          else setImmediate(waitForClient);
        };
        waitForClient();
      });
      const call = await rawRequest(
        {
          path: `${HTTP.callPrefix}anything.run`,
          method: 'POST',
          headers: { [HTTP.tokenHeader]: 't0k3n' },
          body: '{}',
        },
        port,
      );
      expect(call.status).toBe(200);
      const text = await received;
      const line = text.split('\n').find((l) => l.startsWith('data: ')) ?? '';
      expect(JSON.parse(line.slice('data: '.length))).toEqual(event);
    } finally {
      hub.close();
      local.closeAllConnections();
      await new Promise<void>((resolve) => local.close(() => resolve()));
    }
  });
});

describe('browser mode server: lifecycle', () => {
  it('closes gracefully and a restart opens the same file with its data', async () => {
    await callApi('projects.create', { title: 'Persistant' });
    const stream = await openEvents(`?token=${server.token}`);
    const oldPort = server.port;
    await server.close();
    stream.close();
    await expect(fetch(`http://127.0.0.1:${oldPort}/`)).rejects.toThrow();

    server = await startServer({ workspacePath, rendererDir: path.join(dir, 'renderer') });
    const { result } = await callApi('projects.list', {});
    expect(result.ok && (result.value as { title: string }[]).map((p) => p.title)).toEqual([
      'Persistant',
    ]);
  });

  it('closes even while a client is still sending a request body', async () => {
    const stalled = request({
      host: '127.0.0.1',
      port: server.port,
      path: `${HTTP.callPrefix}projects.create`,
      method: 'POST',
      headers: { [HTTP.tokenHeader]: server.token, 'content-length': '1000' },
    });
    const cut = new Promise<string>((resolve) => {
      stalled.on('error', (error) => resolve(error.message));
      stalled.on('response', (res) => resolve(`answered ${res.statusCode ?? 0}`));
    });
    stalled.write('{"title": "half');
    await new Promise<void>((resolve) =>
      stalled.on('socket', (socket) => socket.once('connect', resolve)),
    );
    // A full round trip on another connection: by then the stalled request is being read.
    await projectCount();
    await server.close();
    expect(await cut).toMatch(/socket hang up|ECONNRESET/);
  });
});
