// Electron's binary: where it is, whether it is there, and downloading it on demand.
// Electron's npm package downloads its binary lazily (no postinstall), so `npm install` succeeds
// offline; `npm start` runs the package's install.js the first time.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Where `node_modules/electron` is; COPRO_ELECTRON_DIR points elsewhere (tests use a fake one). */
export function electronPackageDir(projectDir) {
  return process.env.COPRO_ELECTRON_DIR ?? path.join(projectDir, 'node_modules', 'electron');
}

export function electronVersion(electronDir) {
  const pkg = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8'));
  return String(pkg.version);
}

/** The executable when it is installed, else null (the same test as the package's index.js). */
export function electronExecutable(electronDir) {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(electronDir, 'dist');
  const executable = path.join(distDir, relative);
  return fs.existsSync(executable) ? executable : null;
}

/**
 * The one line worth showing from a failed download: the error's own message, without the
 * stack frames the package's install.js prints.
 */
export function downloadFailureReason(output) {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('at '));
  const errorLine = lines.find((line) => /error|failed|ENOTFOUND|ECONN|EAI_AGAIN/i.test(line));
  const reason = errorLine ?? lines[lines.length - 1] ?? 'no output';
  return /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT/i.test(reason)
    ? `${reason}: no access to Electron's download host`
    : reason;
}

function runCapturing(command, args, options) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: -1, output: `${output}\n${error.message}` }));
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}

/**
 * Makes sure Electron's binary is there, downloading it through the package's own install.js.
 * Resolves `{ ok: true, executable }` or `{ ok: false, reason }`; never throws.
 */
export async function ensureElectronBinary(electronDir, log = () => {}) {
  const present = electronExecutable(electronDir);
  if (present) return { ok: true, executable: present };
  const installer = path.join(electronDir, 'install.js');
  if (!fs.existsSync(installer)) {
    return { ok: false, reason: `${installer} is missing; run npm install` };
  }
  let version = 'unknown';
  try {
    version = electronVersion(electronDir);
  } catch {
    // The version only decorates the progress line.
  }
  log(`Copro: downloading Electron ${version} (first start only)…`);
  const { code, output } = await runCapturing(process.execPath, [installer], { cwd: electronDir });
  const installed = electronExecutable(electronDir);
  if (code === 0 && installed) return { ok: true, executable: installed };
  return { ok: false, reason: downloadFailureReason(output) };
}
