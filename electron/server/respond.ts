import type { ServerResponse } from 'node:http';
import type { AppErrorShape, Result } from '../../shared/errors';
import { SECURITY_HEADERS } from './security';

/** Security headers first, so no answer (error pages included) leaves without them. */
export function applySecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

/** A JSON answer from the API: never cached, never sniffed. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: Result<unknown>,
  extraHeaders: Record<string, string> = {},
): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(payload),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.end(payload);
}

export function sendError(
  res: ServerResponse,
  status: number,
  error: AppErrorShape,
  extraHeaders: Record<string, string> = {},
): void {
  sendJson(res, status, { ok: false, error }, extraHeaders);
}
