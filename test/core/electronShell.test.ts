// The Electron shell's logic that runs without Electron: workspace session, remembered state,
// which URLs count as the app. (The window itself is covered by test/electron/, with the binary.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../electron/core/db/connection';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { contentSecurityPolicy, isAppUrl, type AppTarget } from '../../electron/main/appTarget';
import {
  RECENT_LIMIT,
  readState,
  withOpened,
  withoutRecent,
  writeState,
} from '../../electron/main/recent';
import { DEMO_FILE_NAME, WorkspaceSession } from '../../electron/main/workspaceSession';

const OPENED_AT = '2025-03-01T09:00:00.000Z';
const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const tempDirs: string[] = [];
const sessions: WorkspaceSession[] = [];
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-shell-'));
  tempDirs.push(dir);
  return dir;
}

function newSession(userDataDir: string) {
  const errors: { title: string; message: string }[] = [];
  const changes: (string | null)[] = [];
  const session = new WorkspaceSession({
    userDataDir,
    reportError: (title, message) => errors.push({ title, message }),
    onChanged: (ws) => changes.push(ws?.path ?? null),
  });
  sessions.push(session);
  return { session, errors, changes };
}

async function makeWorkspace(file: string, title: string): Promise<void> {
  const ws = await openWorkspace(file, { create: true });
  const { createDispatcher } = await import('../../electron/core/dispatcher');
  const created = await createDispatcher(ws)('projects.create', { title });
  await ws.close();
  if (!created.ok) throw new Error(created.error.message);
}

async function projectTitles(session: WorkspaceSession): Promise<string[]> {
  const result = await session.dispatch('projects.list', {}, {});
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { title: string }[]).map((p) => p.title);
}

describe('workspace session', () => {
  it('creates and opens the demo on a first launch, and remembers it', async () => {
    // A first launch may find no profile folder at all.
    const userData = path.join(tempDir(), 'profile', 'Copro');
    const { session, errors, changes } = newSession(userData);
    await session.start();

    const demo = path.join(userData, DEMO_FILE_NAME);
    expect(errors).toEqual([]);
    expect(session.current?.path).toBe(demo);
    expect(changes).toEqual([demo]);
    expect((await projectTitles(session)).length).toBeGreaterThan(0);
    expect(readState(userData)).toEqual({
      lastWorkspace: demo,
      recent: [{ path: demo, openedAt: expect.any(String) }],
    });
    expect(fs.readdirSync(userData).filter((name) => name.includes('partial'))).toEqual([]);
  });

  it('reopens the last workspace on the next launch', async () => {
    const userData = tempDir();
    const file = path.join(tempDir(), 'Slate.copro');
    await makeWorkspace(file, 'Les Invisibles');
    writeState(userData, { lastWorkspace: file, recent: [{ path: file, openedAt: OPENED_AT }] });

    const { session } = newSession(userData);
    await session.start();
    expect(session.current?.path).toBe(file);
    expect(await projectTitles(session)).toEqual(['Les Invisibles']);
    expect(fs.existsSync(path.join(userData, DEMO_FILE_NAME))).toBe(false);
  });

  it('reports a damaged file, leaves it untouched and keeps the previous workspace', async () => {
    const dir = tempDir();
    const good = path.join(dir, 'Good.copro');
    const bad = path.join(dir, 'Bad.copro');
    await makeWorkspace(good, 'Premier film');
    fs.writeFileSync(
      bad,
      Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4000, 7)]),
    );
    const before = fs.readFileSync(bad);

    const { session, errors } = newSession(tempDir());
    expect(await session.open(good)).toBe(true);
    expect(await session.open(bad)).toBe(false);

    expect(errors).toHaveLength(1);
    expect(errors[0]?.title).toContain('Bad.copro');
    expect(errors[0]?.message).toMatch(/Bad\.copro is damaged/);
    expect(fs.readFileSync(bad).equals(before)).toBe(true);
    expect(session.current?.path).toBe(good);
    expect(await projectTitles(session)).toEqual(['Premier film']);
  });

  it('falls back to the demo when the last workspace was written by a newer Copro', async () => {
    const userData = tempDir();
    const newer = path.join(tempDir(), 'Newer.copro');
    await makeWorkspace(newer, 'Futur');
    const raw = await openWorkspace(newer);
    raw.sqlite.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    await raw.close();
    writeState(userData, { lastWorkspace: newer, recent: [{ path: newer, openedAt: OPENED_AT }] });

    const { session, errors } = newSession(userData);
    await session.start();
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/newer Copro/)]);
    expect(session.current?.path).toBe(path.join(userData, DEMO_FILE_NAME));
  });

  it('forgets a recent workspace whose file is gone', async () => {
    const userData = tempDir();
    const gone = path.join(tempDir(), 'Gone.copro');
    writeState(userData, { lastWorkspace: gone, recent: [{ path: gone, openedAt: OPENED_AT }] });

    const { session, errors } = newSession(userData);
    await session.start();
    expect(errors).toHaveLength(1);
    expect(session.recent).not.toContain(gone);
  });

  it('creates a new empty workspace and switches to it', async () => {
    const dir = tempDir();
    const first = path.join(dir, 'First.copro');
    await makeWorkspace(first, 'Court métrage');
    const { session, changes } = newSession(tempDir());
    await session.open(first);

    const fresh = path.join(dir, 'Fresh.copro');
    expect(await session.create(fresh)).toBe(true);
    expect(session.current?.path).toBe(fresh);
    expect(await projectTitles(session)).toEqual([]);
    expect(changes).toEqual([first, fresh]);
    expect(session.recent).toEqual([fresh, first]);
  });

  it('saves a consistent copy elsewhere, and never over the open file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'Slate.copro');
    await makeWorkspace(file, 'Documentaire');
    const { session } = newSession(tempDir());
    await session.open(file);

    const copy = path.join(dir, 'Slate copy.copro');
    await session.saveCopy(copy);
    const reopened = await openWorkspace(copy);
    const titles = await reopened.db.selectFrom('projects').select('title').execute();
    await reopened.close();
    expect(titles.map((row) => row.title)).toEqual(['Documentaire']);

    await expect(session.saveCopy(file)).rejects.toThrow(/is the open workspace/);
  });
});

describe('remembered state', () => {
  it('keeps the last ten distinct workspaces, most recent first', () => {
    let state = readState(tempDir());
    for (let i = 0; i < RECENT_LIMIT + 3; i += 1) state = withOpened(state, `/w/${i}.copro`);
    state = withOpened(state, '/w/5.copro');
    expect(state.recent).toHaveLength(RECENT_LIMIT);
    expect(state.recent[0]?.path).toBe('/w/5.copro');
    expect(new Set(state.recent.map((entry) => entry.path)).size).toBe(RECENT_LIMIT);
    expect(withoutRecent(state, '/w/5.copro')).toMatchObject({ lastWorkspace: null });
  });

  it('treats an unreadable state file as a first launch', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'state.json'), '{ not json');
    expect(readState(dir)).toEqual({ lastWorkspace: null, recent: [] });
    fs.writeFileSync(
      path.join(dir, 'state.json'),
      JSON.stringify({ lastWorkspace: 3, recent: [{ path: '/a.copro', openedAt: OPENED_AT }, 7] }),
    );
    expect(readState(dir)).toEqual({
      lastWorkspace: null,
      recent: [{ path: '/a.copro', openedAt: OPENED_AT }],
    });
  });
});

describe('app URLs and content security policy', () => {
  const fileTarget: AppTarget = {
    kind: 'file',
    indexPath: path.join(projectDir, 'out', 'renderer', 'index.html'),
  };

  it("accepts only the app's own page", () => {
    const index = new URL(`file://${fileTarget.indexPath}`).href;
    expect(isAppUrl(index, fileTarget)).toBe(true);
    expect(isAppUrl(`${index}#/projects/3`, fileTarget)).toBe(true);
    expect(
      isAppUrl(new URL(`file://${path.join(projectDir, 'package.json')}`).href, fileTarget),
    ).toBe(false);
    expect(isAppUrl('https://example.com/index.html', fileTarget)).toBe(false);
    expect(isAppUrl('not a url', fileTarget)).toBe(false);

    const devTarget: AppTarget = { kind: 'dev', url: 'http://localhost:5173/' };
    expect(isAppUrl('http://localhost:5173/src/main.tsx', devTarget)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', devTarget)).toBe(false);
  });

  it("sends the same policy as the renderer's meta CSP", () => {
    const html = fs.readFileSync(path.join(projectDir, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    expect(contentSecurityPolicy(fileTarget)).toBe(meta);
    expect(contentSecurityPolicy({ kind: 'dev', url: 'http://localhost:5173/' })).toContain(
      "connect-src 'self' ws://localhost:5173",
    );
  });
});
