import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { downloadFailureReason, electronExecutable } from '../../scripts/electronBinary.mjs';
import { electronBindingPath, nodeGypFailureReason } from '../../scripts/electronNative.mjs';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const startScript = path.join(projectDir, 'scripts', 'start.mjs');

/** What the real install.js prints when the download host is unreachable. */
const FAILED_DOWNLOAD = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at async downloadArtifact (file:///x/node_modules/@electron/get/dist/index.js:154:12)`;

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** An electron package whose binary is absent and whose installer behaves as `installer` says. */
function fakeElectronPackage(installer: string | null): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-fake-electron-'));
  tempDirs.push(dir);
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'electron', version: '45.4.1' }),
  );
  if (installer !== null) fs.writeFileSync(path.join(dir, 'install.js'), installer);
  return dir;
}

function runStart(electronDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [startScript],
      { cwd: projectDir, env: { ...process.env, COPRO_ELECTRON_DIR: electronDir } },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

function nonEmptyLines(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim().length > 0);
}

describe('npm start without Electrons binary', () => {
  it('fails with one line naming the reason and browser mode when the download fails', async () => {
    const installer = `console.error(${JSON.stringify(FAILED_DOWNLOAD)}); process.exit(1);`;
    const { code, stdout, stderr } = await runStart(fakeElectronPackage(installer));

    expect(code).not.toBe(0);
    const errors = nonEmptyLines(stderr);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^Copro: Electron's binary could not be downloaded \(.*fetch failed.*\)/,
    );
    expect(errors[0]).toContain('npm run copro -- web');
    // No stack trace anywhere: the installer's frames are swallowed.
    expect(`${stdout}${stderr}`).not.toMatch(/^\s+at /m);
  });

  it('fails the same way when the installer exits cleanly without a binary', async () => {
    const { code, stderr } = await runStart(fakeElectronPackage('process.exit(0);'));

    expect(code).not.toBe(0);
    const errors = nonEmptyLines(stderr);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('npm run copro -- web');
  });

  it('says to run npm install when the electron package has no installer', async () => {
    const { code, stderr } = await runStart(fakeElectronPackage(null));

    expect(code).not.toBe(0);
    expect(nonEmptyLines(stderr)).toEqual([
      expect.stringMatching(/install\.js is missing; run npm install.*npm run copro -- web/),
    ]);
  });
});

describe('start script helpers', () => {
  it('keeps the error line of an installer failure and drops stack frames', () => {
    expect(downloadFailureReason(FAILED_DOWNLOAD)).toBe(
      "TypeError: fetch failed: no access to Electron's download host",
    );
    expect(
      downloadFailureReason('HTTPError: Response code 404 (Not Found)\n    at x (y.js:1:1)'),
    ).toBe('HTTPError: Response code 404 (Not Found)');
  });

  it("keeps node-gyp's explanation without its frames", () => {
    const output = [
      'gyp info it worked if it ends with ok',
      'gyp ERR! stack Error: This is most likely not a problem with node-gyp and',
      'gyp ERR! stack is related to network connectivity.',
      'gyp ERR! stack at go (/usr/lib/node-gyp/lib/install.js:244:21)',
      'gyp ERR! not ok',
    ].join('\n');
    expect(nodeGypFailureReason(output)).toBe(
      'Error: This is most likely not a problem with node-gyp and is related to network connectivity.',
    );
  });

  it('finds no executable in an electron package without path.txt or dist', () => {
    expect(electronExecutable(fakeElectronPackage('process.exit(1);'))).toBeNull();
  });

  it('caches the Electron build apart from the Node build, keyed by both versions', () => {
    const binding = electronBindingPath(projectDir, '45.4.1');
    const sqliteVersion = (
      JSON.parse(
        fs.readFileSync(path.join(projectDir, 'node_modules/better-sqlite3/package.json'), 'utf8'),
      ) as {
        version: string;
      }
    ).version;
    expect(binding).toContain(`45.4.1-${process.platform}-${process.arch}`);
    expect(binding).toContain(`better-sqlite3-${sqliteVersion}`);
    expect(binding.startsWith(path.join(projectDir, 'node_modules', 'better-sqlite3'))).toBe(false);
  });
});
