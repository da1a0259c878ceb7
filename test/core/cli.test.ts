import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CliIO } from '../../electron/cli/command';
import { jsonSchema } from '../../electron/cli/commands/channels';
import { runCli } from '../../electron/cli/main';
import { openWorkspace } from '../../electron/core/db/connection';
import { call } from './helpers';

const BIN = fileURLToPath(new URL('../../bin/copro.mjs', import.meta.url));
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-cli-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The real thing: `node bin/copro.mjs …` in the temporary folder (about half a second each). */
function copro(args: string[], stdin?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, XDG_DATA_HOME: path.join(dir, 'data') },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** runCli in this process with captured output: for everything that needs no real process. */
async function run(
  args: string[],
  options: { stdin?: string; onStarted?: (out: string) => Promise<void> } = {},
) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: () => Promise.resolve(options.stdin ?? ''),
    interactive: false,
    waitForStop: async () => {
      await options.onStarted?.(stdout);
      return 'SIGTERM';
    },
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

function expectOneLineError(stderr: string): void {
  const lines = stderr.split('\n').filter((l) => l.length > 0);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^copro[ :]/);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('copro (spawned)', () => {
  it('inits a workspace and checks it; refuses to init over it', () => {
    const created = copro(['init', 'slate.copro']);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    const checked = copro(['check', 'slate.copro']);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(
      /^ok: schema (\d+) \(current \1\), 0 projects, 0 contributors\n$/,
    );
    const again = copro(['init', 'slate.copro']);
    expect(again.code).toBe(1);
    expectOneLineError(again.stderr);
    expect(again.stderr).toContain('already exists');
  });

  it('reports a damaged file in one line, without a stack trace, and leaves it alone', () => {
    const file = path.join(dir, 'x.copro');
    fs.writeFileSync(file, 'SQLite format 3\0'.padEnd(5000, 'garbage '));
    const before = fs.readFileSync(file);
    const result = copro(['check', file]);
    expect(result.code).toBe(1);
    expectOneLineError(result.stderr);
    expect(result.stderr).toContain(`${file} is damaged or is not a Copro workspace`);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('backs up a workspace that another connection holds open and has written to', async () => {
    const file = path.join(dir, 'live.copro');
    const ws = await openWorkspace(file, { create: true });
    try {
      await call(ws, 'projects.create', { title: 'Écrit pendant la sauvegarde' });
      // The write sits in the WAL, not yet in the main file: the backup must still see it.
      expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
      const result = copro(['backup', 'live.copro', 'copy.copro']);
      expect(result).toMatchObject({ code: 0, stderr: '' });
    } finally {
      await ws.close();
    }
    const copy = await openWorkspace(path.join(dir, 'copy.copro'), { readonly: true });
    const projects = await call(copy, 'projects.list', {});
    await copy.close();
    expect(projects.map((p) => p.title)).toEqual(['Écrit pendant la sauvegarde']);
    expect(fs.existsSync(path.join(dir, 'copy.copro-wal'))).toBe(false);
  });

  it('calls a channel with the input read from standard input', () => {
    expect(copro(['init', 'slate.copro']).code).toBe(0);
    const result = copro(['call', 'slate.copro', 'projects.create', '-'], '{"title": "Par stdin"}');
    expect(result.code).toBe(0);
    const project = JSON.parse(result.stdout) as { title: string; figures: object };
    expect(project.title).toBe('Par stdin');
    expect(project.figures).toBeDefined();
  });
});

describe('copro (in process)', () => {
  it('creates the demo, refusing an existing file unless --force', async () => {
    const file = path.join(dir, 'demo.copro');
    const created = await run(['demo', file]);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/2 projects, \d+ contributors/);
    const again = await run(['demo', file]);
    expect(again.code).toBe(1);
    expectOneLineError(again.stderr);
    expect((await run(['demo', file, '--force'])).code).toBe(0);
    const checked = await run(['check', file]);
    expect(checked.stdout).toMatch(
      /^ok: schema \d+ \(current \d+\), 2 projects, \d+ contributors\n$/,
    );
  });

  it('lists channels, with their input JSON Schemas as JSON', async () => {
    const plain = await run(['channels']);
    expect(plain.stdout).toMatch(/^projects\.create\s+Create a project/m);
    const json = await run(['channels', '--json']);
    expect(json.code).toBe(0);
    const listing = JSON.parse(json.stdout) as {
      name: string;
      input: { properties?: Record<string, unknown>; required?: string[] };
    }[];
    const create = listing.find((c) => c.name === 'projects.create');
    expect(create?.input.properties?.title).toMatchObject({ type: 'string' });
    expect(create?.input.required).toEqual(['title']);
  });

  it('lists what JSON Schema cannot say as an open schema instead of failing', () => {
    const unrepresentable = [
      [z.date(), 'input'],
      [z.string().transform((s) => s.length), 'output'],
      [z.bigint(), 'input'],
    ] as const;
    for (const [schema, io] of unrepresentable) {
      expect(() => z.toJSONSchema(schema, { io })).toThrow();
      expect(jsonSchema(schema, io)).toBeTypeOf('object');
    }
  });

  it('prints a call’s value as JSON, and names the field of a malformed input', async () => {
    const file = path.join(dir, 'slate.copro');
    expect((await run(['init', file])).code).toBe(0);
    const ok = await run(['call', file, 'projects.create', '{"title": "Les Nuits de Marseille"}']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({
      title: 'Les Nuits de Marseille',
      currency: 'EUR',
    });

    const invalid = await run([
      'call',
      file,
      'projects.create',
      '{"title": "", "crowdCapBp": 12000}',
    ]);
    expect(invalid.code).toBe(1);
    expectOneLineError(invalid.stderr);
    expect(invalid.stderr).toMatch(/title/);
    expect(invalid.stderr).toMatch(/crowdCapBp/);

    const malformed = await run(['call', file, 'projects.create', '{\n  "title": "x",\n}']);
    expect(malformed.code).toBe(1);
    expectOneLineError(malformed.stderr);
    expect(malformed.stderr).toContain('line 3, column 1');

    const list = await run(['call', file, 'projects.list']);
    expect((JSON.parse(list.stdout) as unknown[]).length).toBe(1);
  });

  it('answers a wrong command line with exit code 2 and a pointer to --help', async () => {
    for (const args of [
      [],
      ['frobnicate'],
      ['init'],
      ['init', 'a', 'b'],
      ['check', '--bogus', 'x'],
      ['call', 'x.copro', 'no.such'],
    ]) {
      const result = await run(args);
      expect(result.code, args.join(' ')).toBe(2);
      expectOneLineError(result.stderr);
      expect(result.stderr).toContain('--help');
    }
    const overview = await run(['--help']);
    expect(overview.code).toBe(0);
    for (const name of ['init', 'demo', 'check', 'backup', 'channels', 'call', 'web']) {
      expect(overview.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    }
    const help = await run(['backup', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: copro backup [options] <file> <out>');
  });

  it('serves a workspace in browser mode until asked to stop', async () => {
    const renderer = path.join(dir, 'renderer');
    fs.mkdirSync(renderer);
    fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Copro</title>');
    const file = path.join(dir, 'served.copro');
    const previous = process.env.XDG_DATA_HOME;
    process.env.XDG_DATA_HOME = path.join(dir, 'data');
    let info: unknown;
    try {
      const result = await run(['web', file, '--no-open', '--port', '0', '--renderer', renderer], {
        onStarted: async (out) => {
          const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(out)?.[0] ?? '';
          const token = new URL(url).searchParams.get('token') ?? '';
          const response = await fetch(new URL('/api/call/workspace.info', url), {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-copro-token': token },
            body: '{}',
          });
          info = await response.json();
        },
      });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Stopped');
    } finally {
      if (previous === undefined) delete process.env.XDG_DATA_HOME;
      else process.env.XDG_DATA_HOME = previous;
    }
    expect(info).toMatchObject({ ok: true, value: { path: file } });
    const remembered = JSON.parse(
      fs.readFileSync(path.join(dir, 'data', 'Copro', 'last-workspace.json'), 'utf8'),
    ) as { path: string };
    expect(remembered.path).toBe(file);
  });
});
