// Save a copy and Open demo as long operations: their progress reaches the caller, and an abort
// stops them leaving nothing behind — no copy file anywhere, the current workspace still open.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openWorkspace } from '../../electron/core/db/connection';
import { createDispatcher } from '../../electron/core/dispatcher';
import { copyForDownload } from '../../electron/core/services/workspaceFiles';
import { WorkspaceSession } from '../../electron/main/workspaceSession';
import { ServerWorkspaceSession } from '../../electron/server/workspaceSession';
import type { ProgressEvent, WorkspaceCopy, WorkspaceInfo } from '../../shared/contract';
import { AppError } from '../../shared/errors';

let dir: string;
/** Where copyForDownload makes its private folder (os.tmpdir() reads TMPDIR). */
let tmp: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-copytest-'));
  tmp = path.join(dir, 'tmp');
  fs.mkdirSync(tmp);
  vi.stubEnv('TMPDIR', tmp);
});

afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * A workspace of about 3 MB (a project, then filler rows in one of its text fields): the backup
 * copies 256 pages per step, so it takes several steps and reports each.
 */
async function workspaceOfSeveralSteps(file: string): Promise<void> {
  const ws = await openWorkspace(file, { create: true });
  try {
    const created = await createDispatcher(ws)('projects.create', { title: 'Les Nuits' });
    if (!created.ok) throw new Error(created.error.message);
    ws.sqlite.exec('CREATE TABLE filler (text TEXT NOT NULL)');
    const insert = ws.sqlite.prepare('INSERT INTO filler (text) VALUES (?)');
    ws.sqlite.transaction(() => {
      for (let row = 0; row < 3000; row += 1) insert.run(`${row} `.padEnd(1000, 'x'));
    })();
  } finally {
    await ws.close();
  }
}

function filesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { recursive: true, encoding: 'utf8' });
}

/** copyForDownload's private folders left in TMPDIR (a worker may keep its own cache there). */
function copyFolders(): string[] {
  return fs.readdirSync(tmp).filter((name) => name.startsWith('copro-copy-'));
}

async function expectCancelled(promise: Promise<unknown>): Promise<void> {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error instanceof AppError ? error.code : error).toBe('cancelled');
}

describe('copyForDownload', () => {
  it('reports the pages as they are copied, and hands back the whole file', async () => {
    const file = path.join(dir, 'Slate.copro');
    await workspaceOfSeveralSteps(file);
    const ws = await openWorkspace(file);
    try {
      const reported: ProgressEvent[] = [];
      const copy = await copyForDownload(ws, { onProgress: (event) => reported.push(event) });
      // The pages as they are copied, then reading the copy back (no count, only the phase).
      expect(reported.at(-1)).toMatchObject({ operation: 'backup', phase: 'prepare' });
      const events = reported.filter((event) => event.phase !== 'prepare');
      const pages = events.at(-1)?.total ?? 0;
      expect(pages).toBeGreaterThan(256);
      expect(events.at(-1)?.done).toBe(pages);
      expect(events.filter((event) => event.done < pages).length).toBeGreaterThan(0);
      // Counts only go up, within the total.
      const dones = events.map((event) => event.done);
      expect(dones).toEqual([...dones].sort((a, b) => a - b));
      expect(Buffer.from(copy.contentBase64, 'base64').length).toBe(pages * 4096);
      expect(copyFolders()).toEqual([]);
    } finally {
      await ws.close();
    }
  });

  it('stops when aborted mid-copy and leaves no file behind', async () => {
    const file = path.join(dir, 'Slate.copro');
    await workspaceOfSeveralSteps(file);
    const ws = await openWorkspace(file);
    try {
      const abort = new AbortController();
      const events: ProgressEvent[] = [];
      const copying = copyForDownload(ws, {
        signal: abort.signal,
        onProgress: (event) => {
          events.push(event);
          abort.abort();
        },
      });
      await expectCancelled(copying);
      expect(events.length).toBeGreaterThan(0);
      expect(copyFolders()).toEqual([]);
      // Beside the workspace: only its own files (-wal, -shm while open).
      const beside = fs.readdirSync(dir).filter((name) => name !== 'tmp');
      expect(beside.every((name) => /^Slate\.copro(-wal|-shm)?$/.test(name))).toBe(true);
    } finally {
      await ws.close();
    }
  });

  it('does not start once already aborted', async () => {
    const file = path.join(dir, 'Slate.copro');
    await workspaceOfSeveralSteps(file);
    const ws = await openWorkspace(file);
    try {
      const events: ProgressEvent[] = [];
      await expectCancelled(
        copyForDownload(ws, { signal: AbortSignal.abort(), onProgress: (e) => events.push(e) }),
      );
      expect(events).toEqual([]);
      expect(copyFolders()).toEqual([]);
    } finally {
      await ws.close();
    }
  });
});

describe("browser mode's session", () => {
  async function serverSession(): Promise<ServerWorkspaceSession> {
    const workspacePath = path.join(dir, 'Slate.copro');
    await workspaceOfSeveralSteps(workspacePath);
    return ServerWorkspaceSession.start({ workspacePath, dataDir: path.join(dir, 'data') });
  }

  it('passes the call’s progress and abort signal to workspace.saveCopy', async () => {
    const session = await serverSession();
    try {
      const events: ProgressEvent[] = [];
      const copied = await session.dispatch(
        'workspace.saveCopy',
        {},
        {
          onProgress: (event) => events.push(event),
        },
      );
      expect(copied.ok && (copied.value as WorkspaceCopy).fileName).toMatch(/^Slate copy /);
      expect(events.length).toBeGreaterThan(1);
      expect(events.every((event) => event.operation === 'backup')).toBe(true);

      const abort = new AbortController();
      const cancelled = await session.dispatch(
        'workspace.saveCopy',
        {},
        {
          signal: abort.signal,
          onProgress: () => abort.abort(),
        },
      );
      expect(cancelled.ok ? null : cancelled.error.code).toBe('cancelled');
      expect(copyFolders()).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('reports the demo’s creation, and a cancelled one keeps the current workspace open', async () => {
    const session = await serverSession();
    const dataDir = path.join(dir, 'data');
    try {
      const abort = new AbortController();
      const seen: ProgressEvent[] = [];
      const cancelled = await session.dispatch(
        'workspace.openDemo',
        {},
        {
          signal: abort.signal,
          onProgress: (event) => {
            seen.push(event);
            abort.abort();
          },
        },
      );
      expect(cancelled.ok ? null : cancelled.error.code).toBe('cancelled');
      expect(seen[0]?.operation).toBe('demo');
      expect(session.current?.path).toBe(path.join(dir, 'Slate.copro'));
      const titles = await session.dispatch('projects.list', {}, {});
      expect(titles.ok && (titles.value as { title: string }[]).map((p) => p.title)).toEqual([
        'Les Nuits',
      ]);
      // No half-built demo anywhere in the data folder.
      const leftovers = fs.existsSync(dataDir) ? filesUnder(dataDir) : [];
      expect(leftovers.filter((name) => name.includes('partial'))).toEqual([]);

      const events: ProgressEvent[] = [];
      const opened = await session.dispatch(
        'workspace.openDemo',
        {},
        {
          onProgress: (event) => events.push(event),
        },
      );
      expect(opened.ok && (opened.value as WorkspaceInfo).fileName).toBe('Demo.copro');
      // Either built now (with its progress) or kept from the cancelled call, complete.
      expect(session.current?.path).toBe(path.join(dataDir, 'Demo.copro'));
    } finally {
      await session.close();
    }
  });
});

describe("Electron's session", () => {
  function mainSession(userDataDir: string) {
    const errors: string[] = [];
    const session = new WorkspaceSession({
      userDataDir,
      reportError: (title, message) => errors.push(`${title}: ${message}`),
      onChanged: () => undefined,
    });
    return { session, errors };
  }

  it('saves a copy with progress; a cancelled one writes nothing at the chosen path', async () => {
    const file = path.join(dir, 'Slate.copro');
    await workspaceOfSeveralSteps(file);
    const { session, errors } = mainSession(path.join(dir, 'user'));
    try {
      expect(await session.open(file)).toBe(true);
      const target = path.join(dir, 'Copy.copro');
      const abort = new AbortController();
      await expectCancelled(
        session.saveCopy(target, { signal: abort.signal, onProgress: () => abort.abort() }),
      );
      expect(fs.readdirSync(dir).filter((name) => name.startsWith('Copy'))).toEqual([]);

      const events: ProgressEvent[] = [];
      await session.saveCopy(target, { onProgress: (event) => events.push(event) });
      expect(fs.existsSync(target)).toBe(true);
      expect(events.at(-1)?.done).toBe(events.at(-1)?.total);
      expect(errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('a cancelled Open Demo is no error to report, and the open workspace stays', async () => {
    const file = path.join(dir, 'Slate.copro');
    await workspaceOfSeveralSteps(file);
    const { session, errors } = mainSession(path.join(dir, 'user'));
    try {
      expect(await session.open(file)).toBe(true);
      const abort = new AbortController();
      const opened = await session.openDemo({
        signal: abort.signal,
        onProgress: () => abort.abort(),
      });
      expect(opened).toBe(false);
      expect(session.current?.path).toBe(file);
      expect(errors).toEqual([]);

      // The renderer's channel: same operation, its failure comes back as a cancelled call.
      const again = await session.dispatch(
        'workspace.openDemo',
        {},
        { signal: AbortSignal.abort() },
      );
      expect(again.ok ? null : again.error.code).toBe('cancelled');
      expect(session.current?.path).toBe(file);
    } finally {
      await session.close();
    }
  });
});
