// `npm start`: Electron's binary, better-sqlite3 for Electron's ABI, the build, then the app.
// Every failure ends in one line saying what went wrong and what to do instead; no stack trace.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronPackageDir, electronVersion, ensureElectronBinary } from './electronBinary.mjs';
import { ensureElectronSqlite } from './electronNative.mjs';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BROWSER_MODE = 'Use browser mode instead: npm run copro -- web';

class StartError extends Error {}

const log = (line) => console.log(line);

function runInherited(command, args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectDir, stdio: 'inherit', env });
    // Ctrl-C reaches the child through the terminal; forward a plain kill as well.
    const forward = (signal) => child.kill(signal);
    process.on('SIGTERM', forward);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

async function electronBinary() {
  const electronDir = electronPackageDir(projectDir);
  const binary = await ensureElectronBinary(electronDir, log);
  if (!binary.ok) {
    throw new StartError(
      `Electron's binary could not be downloaded (${binary.reason}). ${BROWSER_MODE}`,
    );
  }
  return { executable: binary.executable, version: electronVersion(electronDir) };
}

async function electronSqlite(version) {
  const native = await ensureElectronSqlite(projectDir, version, log);
  if (!native.ok) {
    throw new StartError(
      `better-sqlite3 could not be prepared for Electron ${version} (${native.reason}). ${BROWSER_MODE}`,
    );
  }
  return native.bindingPath;
}

async function build() {
  const cli = path.join(projectDir, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const code = await runInherited(process.execPath, [cli, 'build']);
  if (code !== 0)
    throw new StartError(`electron-vite build failed (exit ${code}); see the output above.`);
}

async function launch(executable, bindingPath) {
  const env = { ...process.env, COPRO_NATIVE_BINDING: bindingPath };
  // Set by some tools; it would make Electron run our app as a plain Node script.
  delete env.ELECTRON_RUN_AS_NODE;
  const args = [projectDir];
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    // Chromium refuses to start as root with its sandbox; containers run as root.
    log('Copro: running as root, so Chromium runs without its OS sandbox.');
    args.unshift('--no-sandbox');
  }
  return runInherited(executable, args, env);
}

async function main() {
  const { executable, version } = await electronBinary();
  const bindingPath = await electronSqlite(version);
  await build();
  return launch(executable, bindingPath);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    const message =
      error instanceof StartError ? error.message : `${error.message}. ${BROWSER_MODE}`;
    console.error(`Copro: ${message}`);
    process.exit(1);
  },
);
