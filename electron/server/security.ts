import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { HTTP } from '../../shared/bridge';
import type { AppErrorShape } from '../../shared/errors';

/** The only interface browser mode ever listens on. */
export const LOOPBACK_HOST = '127.0.0.1';

/** A fresh secret per launch: 32 random bytes, base64url (URL- and header-safe). */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Constant-time token check. Both sides are hashed first so the comparison runs on equal
 * lengths and its duration says nothing about the secret's length or content.
 */
export function tokenMatches(expected: string, presented: string | undefined): boolean {
  if (presented === undefined || presented.length === 0) return false;
  const a = createHash('sha256').update(expected, 'utf8').digest();
  const b = createHash('sha256').update(presented, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** A request refused before any handler runs: the HTTP status and the Result-shaped error. */
export interface Refusal {
  status: 401 | 403;
  error: AppErrorShape;
}

function forbidden(message: string): Refusal {
  return { status: 403, error: { code: 'forbidden', message, issues: [] } };
}

function unauthorized(message: string): Refusal {
  return { status: 401, error: { code: 'unauthorized', message, issues: [] } };
}

function singleHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Host and Origin checks, for every request (static files included).
 * A page on another site that rebinds its DNS name to 127.0.0.1 still sends its own name as
 * Host, and a cross-site fetch sends its own Origin: both are refused here.
 */
export function checkHostAndOrigin(req: IncomingMessage, port: number): Refusal | undefined {
  const allowedHosts = [`${LOOPBACK_HOST}:${port}`, `localhost:${port}`];
  const host = req.headers.host?.toLowerCase();
  if (host === undefined || !allowedHosts.includes(host)) {
    return forbidden(
      `Host "${host ?? '(none)'}" is not allowed: browser mode answers only ${allowedHosts.join(' or ')}.`,
    );
  }
  const origin = singleHeader(req.headers.origin);
  if (origin !== undefined) {
    const allowedOrigins = allowedHosts.map((h) => `http://${h}`);
    if (!allowedOrigins.includes(origin.toLowerCase())) {
      return forbidden(
        `Origin "${origin}" is not allowed: only pages served by this Copro window may call it.`,
      );
    }
  }
  return undefined;
}

/** The token a call presents: the header for calls, the query for the event stream (EventSource has no headers). */
export function presentedToken(req: IncomingMessage, url: URL): string | undefined {
  return (
    singleHeader(req.headers[HTTP.tokenHeader]) ??
    url.searchParams.get(HTTP.tokenQuery) ??
    undefined
  );
}

/** Token check for API requests; answers undefined when the token is right. */
export function checkToken(req: IncomingMessage, url: URL, expected: string): Refusal | undefined {
  const presented = presentedToken(req, url);
  if (presented === undefined) {
    return unauthorized(
      `Missing token: send the launch token in the ${HTTP.tokenHeader} header (or ?${HTTP.tokenQuery}= for the event stream).`,
    );
  }
  if (!tokenMatches(expected, presented)) {
    return unauthorized(
      'Wrong token: open the address printed when Copro started in browser mode.',
    );
  }
  return undefined;
}

/** Headers every response carries, API and static alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // recharts writes style attributes, hence 'unsafe-inline' for styles only; scripts stay 'self'.
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "connect-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
