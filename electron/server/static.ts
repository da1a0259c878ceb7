import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendError } from './respond';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

type Located = { kind: 'file'; file: string } | { kind: 'outside' } | { kind: 'missing' };

/**
 * Maps a URL path to a file under `root`, refusing anything that resolves outside it:
 * `..` segments (raw, or `%2e%2e` / `..%2f` once decoded), NUL bytes, and symlinks out of root.
 */
async function locate(root: string, pathname: string): Promise<Located> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'outside' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'outside' };
  const relative = decoded === '/' || decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const candidate = path.resolve(root, `.${relative}`);
  if (!isInside(root, candidate)) return { kind: 'outside' };
  try {
    // realpath follows symlinks: a link inside root pointing elsewhere is refused too.
    const real = await fs.promises.realpath(candidate);
    if (!isInside(root, real)) return { kind: 'outside' };
    const stat = await fs.promises.stat(real);
    if (!stat.isFile()) return { kind: 'missing' };
    return { kind: 'file', file: real };
  } catch {
    return { kind: 'missing' };
  }
}

export interface StaticFiles {
  serve(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
}

/** Serves the built renderer from `rendererDir`, read-only, GET and HEAD only. */
export function createStaticFiles(rendererDir: string): StaticFiles {
  const root = fs.existsSync(rendererDir)
    ? fs.realpathSync(rendererDir)
    : path.resolve(rendererDir);

  return {
    async serve(req, res, url) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendError(
          res,
          405,
          {
            code: 'forbidden',
            message: `${req.method ?? '?'} is not allowed on ${url.pathname}.`,
            issues: [],
          },
          { Allow: 'GET, HEAD' },
        );
        return;
      }
      const located = await locate(root, url.pathname);
      if (located.kind === 'outside') {
        sendError(res, 403, {
          code: 'forbidden',
          message: `The path ${url.pathname} leaves the application folder.`,
          issues: [],
        });
        return;
      }
      if (located.kind === 'missing' && url.pathname === '/favicon.ico') {
        // Browsers ask for it unprompted; "no icon" is not an error worth a console message.
        res.writeHead(204, { 'Cache-Control': 'no-cache' });
        res.end();
        return;
      }
      if (located.kind === 'missing') {
        const hint = fs.existsSync(path.join(root, 'index.html'))
          ? ''
          : ` The interface is not built in ${root}: run "npm run build:web".`;
        sendError(res, 404, {
          code: 'not_found',
          message: `No file at ${url.pathname}.${hint}`,
          issues: [],
        });
        return;
      }
      const stat = await fs.promises.stat(located.file);
      res.writeHead(200, {
        'Content-Type': contentTypeFor(located.file),
        'Content-Length': stat.size,
        // Local and rebuilt at will: always revalidate so a new build shows up at once.
        'Cache-Control': 'no-cache',
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      await new Promise<void>((resolve) => {
        const stream = fs.createReadStream(located.file);
        stream.on('error', () => {
          res.destroy();
          resolve();
        });
        stream.on('end', () => resolve());
        stream.pipe(res);
      });
    },
  };
}
