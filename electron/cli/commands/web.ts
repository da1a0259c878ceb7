import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDataDir, startupWorkspace } from '../../core/demo/defaultWorkspace';
import { rememberOpened } from '../../core/services/workspaceFiles';
import { CliError, EXIT, UsageError, type CliIO, type Command } from '../command';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DEFAULT_RENDERER_DIR = path.join(REPO_ROOT, 'out', 'renderer');

function parsePort(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, not "${text}"`);
  }
  return port;
}

/** Browser mode serves the built interface; build it once if this checkout has not yet. */
async function ensureRenderer(dir: string | undefined, io: CliIO): Promise<string> {
  if (dir !== undefined) {
    if (!fs.existsSync(path.join(dir, 'index.html'))) {
      throw new CliError(`${dir} holds no index.html: it is not a built interface.`);
    }
    return path.resolve(dir);
  }
  if (fs.existsSync(path.join(DEFAULT_RENDERER_DIR, 'index.html'))) return DEFAULT_RENDERER_DIR;
  io.stdout('Building the interface…\n');
  const { build } = await import('vite');
  await build({ configFile: path.join(REPO_ROOT, 'vite.web.config.ts'), logLevel: 'warn' });
  if (!fs.existsSync(path.join(DEFAULT_RENDERER_DIR, 'index.html'))) {
    throw new CliError(
      `the interface build wrote no ${path.join(DEFAULT_RENDERER_DIR, 'index.html')}.`,
    );
  }
  return DEFAULT_RENDERER_DIR;
}

/** Best effort: with no desktop (a server, CI) the printed address is enough. */
function openBrowser(url: string): void {
  const [program, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(program, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No opener on this machine: the user opens the printed address.
  }
}

export const command: Command = {
  name: 'web',
  summary: 'Open a workspace in the browser (browser mode).',
  details: [
    'Serves the app on 127.0.0.1 only, with a secret token in the address. Without a file, opens',
    'the last workspace used, or the demo workspace in Copro’s data folder (created if missing).',
    'Stops cleanly on Ctrl+C.',
  ].join('\n'),
  positionals: [{ name: 'file', description: 'the workspace file to open', optional: true }],
  options: {
    port: {
      type: 'string',
      valueName: 'N',
      description: 'the port to listen on (default: a free port the system picks)',
    },
    'no-open': { type: 'boolean', description: 'do not open a browser, only print the address' },
    renderer: {
      type: 'string',
      valueName: 'dir',
      description: 'serve this built interface instead of out/renderer',
    },
  },
  async run(args, io) {
    const port = parsePort(args.values.get('port'));
    const dataDir = defaultDataDir();
    let workspacePath = args.positionals[0];
    if (workspacePath === undefined) {
      const startup = await startupWorkspace(dataDir);
      workspacePath = startup.path;
      if (startup.createdDemo) io.stdout(`Created the demo workspace ${workspacePath}\n`);
    }
    const rendererDir = await ensureRenderer(args.values.get('renderer'), io);
    const { startServer } = await import('../../server/server');
    const server = await startServer({ workspacePath, port, rendererDir, dataDir });
    try {
      rememberOpened(dataDir, workspacePath);
    } catch {
      // Not remembering the last workspace is no reason to stop serving it.
    }
    io.stdout(`Copro is serving ${workspacePath} at ${server.url}\nPress Ctrl+C to stop.\n`);
    if (!args.flags.has('no-open')) openBrowser(server.url);
    const signal = await io.waitForStop();
    await server.close();
    io.stdout(`Stopped (${signal}).\n`);
    return EXIT.ok;
  },
};
