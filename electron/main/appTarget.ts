import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Where the renderer comes from: the built file, or electron-vite's dev server. */
export type AppTarget = { kind: 'file'; indexPath: string } | { kind: 'dev'; url: string };

/** out/main → the sibling build outputs. */
const mainDir = path.dirname(fileURLToPath(import.meta.url));

export const preloadPath = path.join(mainDir, '..', 'preload', 'index.cjs');

export function appTarget(isPackaged: boolean): AppTarget {
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  // A packaged app never follows an environment variable to foreign code.
  if (!isPackaged && devUrl) return { kind: 'dev', url: devUrl };
  return { kind: 'file', indexPath: path.join(mainDir, '..', 'renderer', 'index.html') };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for the app's own page (any hash or query), false for anything else. */
export function isAppUrl(url: string, target: AppTarget): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (target.kind === 'dev') return parsed.origin === parse(target.url)?.origin;
  if (parsed.protocol !== 'file:') return false;
  const indexUrl = pathToFileURL(target.indexPath);
  return parsed.pathname === indexUrl.pathname && parsed.host === indexUrl.host;
}

/** The same policy as the renderer's meta CSP; in dev, Vite's hot reload needs its websocket. */
export function contentSecurityPolicy(target: AppTarget): string {
  const devSocket =
    target.kind === 'dev' ? ` ${new URL(target.url).origin.replace(/^http/, 'ws')}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self'${devSocket}`,
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
}
