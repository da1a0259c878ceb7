import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import {
  electronExecutable,
  electronPackageDir,
  electronVersion,
} from '../../scripts/electronBinary.mjs';
import { ensureElectronSqlite } from '../../scripts/electronNative.mjs';

/**
 * What the Electron specs share: finding Electron's binary (or why it is missing), building the
 * app with better-sqlite3 for Electron, and launching it on a given profile.
 */

export const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const mainEntry = path.join(projectDir, 'out', 'main', 'index.js');
const electronDir = electronPackageDir(projectDir);
const executable = electronExecutable(electronDir);

/** Why the Electron specs cannot run here, or null when the binary is there. */
export const missingReason = executable
  ? null
  : `Electron binary not available: nothing at ${path.join(electronDir, 'dist')} (npm start downloads it; browser mode needs none)`;

/**
 * Gets better-sqlite3 built for this Electron and builds the app (out/main/index.js).
 * Returns the native binding's path, which the app is launched with.
 */
export async function buildElectronApp(): Promise<string> {
  const native = await ensureElectronSqlite(projectDir, electronVersion(electronDir), console.log);
  if (!native.ok) throw new Error(`better-sqlite3 for Electron: ${native.reason}`);
  const cli = path.join(projectDir, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const build = spawnSync(process.execPath, [cli, 'build'], {
    cwd: projectDir,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error(`electron-vite build failed (exit ${build.status})`);
  if (!fs.existsSync(mainEntry)) throw new Error(`the build did not produce ${mainEntry}`);
  return native.bindingPath;
}

/** Launches the built app on the profile folder `userData` (it opens its demo workspace there). */
export function launchElectronApp(options: {
  userData: string;
  bindingPath: string;
  /** Chromium switches put before the project folder (`--lang=en-US`…). */
  extraArgs?: readonly string[];
}): Promise<ElectronApplication> {
  const root = process.platform === 'linux' && process.getuid?.() === 0;
  return electron.launch({
    executablePath: executable ?? undefined,
    // Chromium refuses to start as root with its sandbox (containers).
    // The project folder: Electron starts package.json's main, out/main/index.js.
    args: [...(root ? ['--no-sandbox'] : []), ...(options.extraArgs ?? []), projectDir],
    env: {
      ...process.env,
      COPRO_USER_DATA: options.userData,
      COPRO_NATIVE_BINDING: options.bindingPath,
    },
  });
}
