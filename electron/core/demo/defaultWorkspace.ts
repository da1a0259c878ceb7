import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDemoFile } from './demoFile';

export const DEMO_FILE_NAME = 'Demo.copro';
const LAST_WORKSPACE_FILE = 'last-workspace.json';

interface Environment {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  home: string;
}

const current = (): Environment => ({
  env: process.env,
  platform: process.platform,
  home: os.homedir(),
});

/**
 * Where Copro keeps its own files when no window framework tells it (browser mode, CLI):
 * `$XDG_DATA_HOME/Copro` (else `~/.local/share/Copro`) on Linux, `~/Library/Application
 * Support/Copro` on macOS, `%APPDATA%\Copro` on Windows. The Electron shell passes its
 * userData folder to the functions below instead.
 */
export function defaultDataDir(environment: Environment = current()): string {
  const { env, platform, home } = environment;
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), 'Copro');
  }
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Copro');
  // The XDG spec says a relative value is invalid and must be ignored.
  const xdg = env.XDG_DATA_HOME;
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.local', 'share');
  return path.join(base, 'Copro');
}

export function demoWorkspacePath(dataDir: string): string {
  return path.join(dataDir, DEMO_FILE_NAME);
}

/** The workspace opened last, if it is still there. */
export function readLastWorkspace(dataDir: string): string | null {
  try {
    const raw: unknown = JSON.parse(
      fs.readFileSync(path.join(dataDir, LAST_WORKSPACE_FILE), 'utf8'),
    );
    const file =
      typeof raw === 'object' && raw !== null && 'path' in raw && typeof raw.path === 'string'
        ? raw.path
        : null;
    return file && fs.existsSync(file) ? file : null;
  } catch {
    // Missing or unreadable: there is simply no last workspace.
    return null;
  }
}

export function rememberLastWorkspace(dataDir: string, file: string): void {
  fs.mkdirSync(dataDir, { recursive: true });
  const target = path.join(dataDir, LAST_WORKSPACE_FILE);
  const partial = `${target}.partial-${process.pid}`;
  fs.writeFileSync(partial, `${JSON.stringify({ path: path.resolve(file) }, null, 2)}\n`);
  fs.renameSync(partial, target);
}

/**
 * The workspace to open when none is named: the last one used if it still exists, otherwise the
 * demo workspace in the data folder, created on first use.
 */
export async function startupWorkspace(
  dataDir: string,
  options: { nativeBinding?: string } = {},
): Promise<{ path: string; createdDemo: boolean }> {
  const last = readLastWorkspace(dataDir);
  if (last) return { path: last, createdDemo: false };
  const demo = demoWorkspacePath(dataDir);
  if (fs.existsSync(demo)) return { path: demo, createdDemo: false };
  fs.mkdirSync(dataDir, { recursive: true });
  await createDemoFile(demo, { nativeBinding: options.nativeBinding });
  return { path: demo, createdDemo: true };
}
