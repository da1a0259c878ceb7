import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTP, operationIdSchema } from '../../shared/bridge';
import type { AppErrorShape } from '../../shared/errors';
import type { Dispatch } from '../core/dispatcher';
import type { ProgressHub } from './events';
import { sendError, sendJson } from './respond';

/**
 * Imports send whole platform exports as base64 in one call: a 250,000-backer Kickstarter
 * report is ~51 MB of CSV (~68 MB as base64). Bounded so a runaway client can't exhaust memory.
 */
export const MAX_BODY_BYTES = 128 * 1024 * 1024;

function describeBytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(0)} MB`;
}

class BodyTooLarge extends Error {}

/** Reads the whole body, stopping as soon as it passes the limit (no unbounded buffering). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        settled = true;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
    // A client that vanishes mid-body (or a forced shutdown) must not leave this pending.
    req.on('close', () => {
      if (settled) return;
      settled = true;
      reject(new Error('The connection closed before the request body arrived.'));
    });
  });
}

function tooLarge(res: ServerResponse, req: IncomingMessage): void {
  const error: AppErrorShape = {
    code: 'validation',
    message: `Request body is larger than ${describeBytes(MAX_BODY_BYTES)}: send less data per call.`,
    issues: [{ path: ['body'], message: `exceeds ${MAX_BODY_BYTES} bytes` }],
  };
  // Close the connection once answered rather than reading the rest of an oversized body.
  res.on('finish', () => req.destroy());
  sendError(res, 413, error, { Connection: 'close' });
}

/** Parses the JSON body; an empty body means "no input" (the dispatcher then uses `{}`). */
function parseBody(
  raw: Buffer,
): { ok: true; input: unknown } | { ok: false; error: AppErrorShape } {
  const text = raw.toString('utf8');
  if (text.trim() === '') return { ok: true, input: undefined };
  try {
    return { ok: true, input: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: {
        code: 'validation',
        message: `Request body is not valid JSON: ${detail}`,
        issues: [{ path: ['body'], message: `not valid JSON: ${detail}` }],
      },
    };
  }
}

function channelFromPath(pathname: string): string {
  const encoded = pathname.slice(HTTP.callPrefix.length);
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}

/** `POST /api/call/<channel>`: body in, the dispatcher's Result out. */
export async function handleCall(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  dispatch: Dispatch,
  hub: ProgressHub,
): Promise<void> {
  if (req.method !== 'POST') {
    sendError(
      res,
      405,
      { code: 'forbidden', message: `Calls use POST, not ${req.method ?? '?'}.`, issues: [] },
      { Allow: 'POST' },
    );
    return;
  }
  const declared = Number(req.headers['content-length'] ?? '0');
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
    tooLarge(res, req);
    return;
  }
  let raw: Buffer;
  try {
    raw = await readBody(req, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge) tooLarge(res, req);
    else res.destroy();
    return;
  }
  const body = parseBody(raw);
  if (!body.ok) {
    sendError(res, 400, body.error);
    return;
  }

  const declaredOperation = req.headers[HTTP.operationHeader];
  const operation = operationIdSchema.optional().safeParse(declaredOperation);
  if (!operation.success) {
    sendError(res, 400, {
      code: 'validation',
      message: `The ${HTTP.operationHeader} header must be 1 to 64 letters, digits, "-" or "_".`,
      issues: [{ path: ['headers', HTTP.operationHeader], message: 'not an operation id' }],
    });
    return;
  }
  const operationId = operation.data;

  // Cancelling is aborting the request: a page that aborts its fetch or goes away mid-call
  // closes the connection before the answer, and handlers that loop stop and roll back.
  const abort = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) abort.abort();
  });
  const channel = channelFromPath(url.pathname);
  const result = await dispatch(channel, body.input, {
    onProgress: (event) =>
      hub.publish(operationId === undefined ? event : { ...event, operationId }),
    signal: abort.signal,
  });
  if (res.destroyed) return;
  const status = !result.ok && result.error.code === 'unknown_channel' ? 404 : 200;
  sendJson(res, status, result);
}
