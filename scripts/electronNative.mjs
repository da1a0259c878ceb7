// better-sqlite3 built for Electron's ABI, kept beside (never instead of) the Node build that
// the tests, the CLI and browser mode load. Electron's main process loads it through
// better-sqlite3's `nativeBinding` option (COPRO_NATIVE_BINDING).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const ELECTRON_HEADERS = 'https://electronjs.org/headers';

export function betterSqliteDir(projectDir) {
  return path.join(projectDir, 'node_modules', 'better-sqlite3');
}

/**
 * Cache location, keyed by everything the binary depends on, so an upgrade of Electron or of
 * better-sqlite3 never loads a stale build.
 */
export function electronBindingPath(projectDir, electronVersion) {
  const sqlitePkg = JSON.parse(
    fs.readFileSync(path.join(betterSqliteDir(projectDir), 'package.json'), 'utf8'),
  );
  const key = `${electronVersion}-${process.platform}-${process.arch}`;
  return path.join(
    process.env.COPRO_ELECTRON_CACHE ?? path.join(projectDir, 'node_modules', '.copro-electron'),
    key,
    `better-sqlite3-${sqlitePkg.version}`,
    'better_sqlite3.node',
  );
}

/** node-gyp: npm's own (npm passes its path to scripts), else one in node_modules, else npm's. */
export function findNodeGyp(projectDir) {
  const candidates = [process.env.npm_config_node_gyp];
  try {
    candidates.push(
      createRequire(path.join(projectDir, 'package.json')).resolve('node-gyp/bin/node-gyp.js'),
    );
  } catch {
    // Not a dependency here: npm bundles one.
  }
  const nodeDir = path.dirname(process.execPath);
  candidates.push(
    path.join(
      nodeDir,
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    ),
    path.join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  );
  return candidates.find((file) => typeof file === 'string' && fs.existsSync(file)) ?? null;
}

function findPrebuildInstall(projectDir) {
  try {
    const fromSqlite = createRequire(path.join(betterSqliteDir(projectDir), 'package.json'));
    return fromSqlite.resolve('prebuild-install/bin.js');
  } catch {
    return null;
  }
}

function run(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: -1, output: `${output}\n${error.message}` }));
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}

function lastLine(output) {
  return output.trim().split(/\r?\n/).pop() ?? '';
}

/** node-gyp's own explanation (its "stack" lines without frames), else the compiler's first error. */
export function nodeGypFailureReason(output) {
  const lines = output.split(/\r?\n/);
  const explanation = lines
    .filter((line) => line.startsWith('gyp ERR! stack'))
    .map((line) => line.replace('gyp ERR! stack', '').trim())
    .filter((line) => line.length > 0 && !line.startsWith('at '))
    .join(' ');
  if (explanation) return explanation;
  const compilerError = lines.find((line) => /\berror\b/i.test(line) && !line.startsWith('gyp'));
  return compilerError?.trim() ?? lastLine(output);
}

/** A copy of the package without its Node build, so nothing here can overwrite that build. */
function copyPackage(projectDir) {
  const source = betterSqliteDir(projectDir);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-electron-sqlite-'));
  const target = path.join(workDir, 'better-sqlite3');
  fs.cpSync(source, target, {
    recursive: true,
    filter: (file) => {
      const relative = path.relative(source, file);
      return relative !== 'build' && relative !== 'node_modules';
    },
  });
  return { workDir, packageDir: target };
}

/**
 * Makes sure a better-sqlite3 build for this Electron exists in the cache: a prebuilt binary when
 * one is published, else a source build against Electron's headers.
 * Resolves `{ ok: true, bindingPath }` or `{ ok: false, reason }`; never throws.
 */
export async function ensureElectronSqlite(projectDir, electronVersion, log = () => {}) {
  let bindingPath;
  try {
    bindingPath = electronBindingPath(projectDir, electronVersion);
  } catch (error) {
    return {
      ok: false,
      reason: `better-sqlite3 is not installed (${error.message}); run npm install`,
    };
  }
  if (fs.existsSync(bindingPath)) return { ok: true, bindingPath };

  log(`Copro: preparing better-sqlite3 for Electron ${electronVersion} (first start only)…`);
  let copy;
  try {
    copy = copyPackage(projectDir);
  } catch (error) {
    return { ok: false, reason: `could not copy better-sqlite3 (${error.message})` };
  }
  try {
    const built = path.join(copy.packageDir, 'build', 'Release', 'better_sqlite3.node');
    const target = ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch];
    const attempts = [];

    const prebuild = findPrebuildInstall(projectDir);
    if (prebuild) {
      const result = await run(process.execPath, [prebuild, ...target], copy.packageDir);
      if (result.code === 0 && fs.existsSync(built))
        return { ok: true, bindingPath: store(built, bindingPath) };
      attempts.push(`prebuild-install: ${lastLine(result.output) || `exit ${result.code}`}`);
    } else {
      attempts.push('prebuild-install: not found');
    }

    const nodeGyp = findNodeGyp(projectDir);
    if (nodeGyp) {
      log('Copro: no prebuilt binary; building better-sqlite3 from source (a minute or two)…');
      const args = [
        nodeGyp,
        'rebuild',
        '--release',
        `--runtime=electron`,
        `--target=${electronVersion}`,
        `--arch=${process.arch}`,
        `--dist-url=${ELECTRON_HEADERS}`,
      ];
      const result = await run(process.execPath, args, copy.packageDir);
      if (result.code === 0 && fs.existsSync(built))
        return { ok: true, bindingPath: store(built, bindingPath) };
      attempts.push(`node-gyp: ${nodeGypFailureReason(result.output) || `exit ${result.code}`}`);
    } else {
      attempts.push('node-gyp: not found');
    }
    return { ok: false, reason: attempts.join('; ') };
  } catch (error) {
    return { ok: false, reason: error.message };
  } finally {
    fs.rmSync(copy.workDir, { recursive: true, force: true });
  }
}

/** Copy then rename, so an interrupted start never leaves a half-written binding in the cache. */
function store(built, bindingPath) {
  fs.mkdirSync(path.dirname(bindingPath), { recursive: true });
  const partial = `${bindingPath}.${process.pid}.partial`;
  fs.copyFileSync(built, partial);
  fs.renameSync(partial, bindingPath);
  return bindingPath;
}
