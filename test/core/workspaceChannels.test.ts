// The workspace channels: the workspace's language, and browser mode switching workspaces
// (recent list, open, create, demo, copy) through its session, driven over HTTP.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../electron/core/db/connection';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { DEMO_FILE_NAME, readLastWorkspace } from '../../electron/core/demo';
import { createDispatcher } from '../../electron/core/dispatcher';
import { systemLanguage } from '../../electron/core/services/workspace';
import { WorkspaceSession } from '../../electron/main/workspaceSession';
import { startServer, type RunningServer } from '../../electron/server/server';
import { HTTP } from '../../shared/bridge';
import type { RecentWorkspace, WorkspaceCopy, WorkspaceInfo } from '../../shared/contract';
import type { AppErrorShape, Result } from '../../shared/errors';
import { memoryWorkspace } from './helpers';

const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

let dir: string;
let dataDir: string;
let server: RunningServer | undefined;
let savedLocale: Record<string, string | undefined>;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-wschannels-'));
  dataDir = path.join(dir, 'data', 'Copro');
  savedLocale = Object.fromEntries(LOCALE_VARIABLES.map((name) => [name, process.env[name]]));
  useSystemLocale('en_GB.UTF-8');
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const name of LOCALE_VARIABLES) {
    const value = savedLocale[name];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The system locale as a new workspace reads it (browser mode runs in this process). */
function useSystemLocale(lang: string): void {
  delete process.env.LC_ALL;
  delete process.env.LC_MESSAGES;
  process.env.LANG = lang;
}

async function serve(workspacePath: string): Promise<RunningServer> {
  server = await startServer({
    workspacePath,
    dataDir,
    rendererDir: path.join(dir, 'no-renderer'),
  });
  return server;
}

async function callRaw(channel: string, input: unknown = {}): Promise<Result<unknown>> {
  if (!server) throw new Error('no server running');
  const response = await fetch(`http://127.0.0.1:${server.port}${HTTP.callPrefix}${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [HTTP.tokenHeader]: server.token },
    body: JSON.stringify(input),
  });
  return (await response.json()) as Result<unknown>;
}

async function callOk<T>(channel: string, input: unknown = {}): Promise<T> {
  const result = await callRaw(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function callError(channel: string, input: unknown = {}): Promise<AppErrorShape> {
  const result = await callRaw(channel, input);
  if (result.ok) throw new Error(`${channel} was expected to fail but answered ok`);
  return result.error;
}

async function makeWorkspace(file: string, title: string): Promise<void> {
  const ws = await openWorkspace(file, { create: true });
  const created = await createDispatcher(ws)('projects.create', { title });
  await ws.close();
  if (!created.ok) throw new Error(created.error.message);
}

async function projectTitles(): Promise<string[]> {
  return (await callOk<{ title: string }[]>('projects.list')).map((project) => project.title);
}

function hash(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

describe('workspace language', () => {
  it('reads the system language from the POSIX variables, then from Intl', () => {
    expect(systemLanguage({ env: { LANG: 'fr_FR.UTF-8' }, intlLocale: 'en-US' })).toBe('fr');
    expect(systemLanguage({ env: { LANG: 'en_US.UTF-8' }, intlLocale: 'fr-FR' })).toBe('en');
    expect(
      systemLanguage({ env: { LC_ALL: 'fr_CA.UTF-8', LANG: 'en_US.UTF-8' }, intlLocale: 'en' }),
    ).toBe('fr');
    // "C" says nothing about a language: Intl (the desktop's setting) decides.
    expect(systemLanguage({ env: { LANG: 'C.UTF-8' }, intlLocale: 'fr-BE' })).toBe('fr');
    expect(systemLanguage({ env: {}, intlLocale: 'de-DE' })).toBe('en');
  });

  it('writes the system language into a new workspace, and keeps it when the system changes', async () => {
    useSystemLocale('fr_FR.UTF-8');
    const file = path.join(dir, 'Nouveau.copro');
    await serve(file);
    expect((await callOk<WorkspaceInfo>('workspace.info')).language).toBe('fr');
    await server?.close();
    server = undefined;

    // The language is stored in the file, not read from the system again.
    useSystemLocale('en_US.UTF-8');
    const ws = await openWorkspace(file);
    const row = await ws.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', 'language')
      .executeTakeFirst();
    await ws.close();
    expect(row?.value).toBe('fr');
    await serve(file);
    expect((await callOk<WorkspaceInfo>('workspace.info')).language).toBe('fr');
  });

  it('changes the language through workspace.setLanguage and stores it in the file', async () => {
    const file = path.join(dir, 'Slate.copro');
    await serve(file);
    expect((await callOk<WorkspaceInfo>('workspace.info')).language).toBe('en');
    const changed = await callOk<WorkspaceInfo>('workspace.setLanguage', { language: 'fr' });
    expect(changed.language).toBe('fr');
    expect((await callOk<WorkspaceInfo>('workspace.info')).language).toBe('fr');

    const refused = await callError('workspace.setLanguage', { language: 'de' });
    expect(refused.code).toBe('validation');
    expect(refused.issues.map((issue) => issue.path)).toContainEqual(['language']);

    await server?.close();
    server = undefined;
    await serve(file);
    expect((await callOk<WorkspaceInfo>('workspace.info')).language).toBe('fr');
  });
});

describe('switching workspaces in browser mode', () => {
  it('creates a named workspace in the data folder, opens the demo, and lists them as recent', async () => {
    const first = path.join(dir, 'Premier.copro');
    await makeWorkspace(first, 'Premier film');
    await serve(first);
    expect(await callOk<RecentWorkspace[]>('workspace.recent')).toEqual([]);

    useSystemLocale('fr_FR.UTF-8');
    const created = await callOk<WorkspaceInfo>('workspace.create', { name: 'Nouvelle ardoise' });
    const createdPath = path.join(dataDir, 'Nouvelle ardoise.copro');
    expect(created).toMatchObject({ path: createdPath, projectCount: 0, language: 'fr' });
    expect((await callOk<WorkspaceInfo>('workspace.info')).path).toBe(createdPath);
    expect(await projectTitles()).toEqual([]);
    // The previous file was closed once the switch was done (its WAL folded back in).
    expect(fs.existsSync(`${first}-wal`)).toBe(false);

    const demo = await callOk<WorkspaceInfo>('workspace.openDemo');
    expect(demo.path).toBe(path.join(dataDir, DEMO_FILE_NAME));
    expect(demo.projectCount).toBeGreaterThan(0);
    expect((await projectTitles()).length).toBe(demo.projectCount);

    const back = await callOk<WorkspaceInfo>('workspace.open', { path: createdPath });
    expect(back.path).toBe(createdPath);
    const recent = await callOk<RecentWorkspace[]>('workspace.recent');
    expect(recent.map(({ name, current, exists }) => ({ name, current, exists }))).toEqual([
      { name: 'Nouvelle ardoise', current: true, exists: true },
      { name: 'Demo', current: false, exists: true },
    ]);
    expect(Date.parse(recent[0]?.lastOpenedAt ?? '')).not.toBeNaN();
    // `copro web` without a file reopens the workspace used last.
    expect(readLastWorkspace(dataDir)).toBe(createdPath);

    fs.rmSync(path.join(dataDir, DEMO_FILE_NAME));
    const afterDelete = await callOk<RecentWorkspace[]>('workspace.recent');
    expect(afterDelete.find((entry) => entry.name === 'Demo')?.exists).toBe(false);
  });

  it('refuses a name that is a path, or an existing workspace, and keeps serving the current one', async () => {
    const first = path.join(dir, 'Premier.copro');
    await makeWorkspace(first, 'Premier film');
    await serve(first);
    for (const name of ['../evil', 'a/b', '..', 'sub\\name', '/tmp/abs', '', '   ']) {
      const error = await callError('workspace.create', { name });
      expect(error.code, name).toBe('validation');
      expect(
        error.issues.map((issue) => issue.path),
        name,
      ).toContainEqual(['name']);
    }
    expect(fs.existsSync(path.join(dataDir, '..', 'evil.copro'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'data', 'evil.copro'))).toBe(false);

    await callOk('workspace.create', { name: 'Ardoise' });
    await callOk('workspace.open', { path: first });
    const taken = await callError('workspace.create', { name: 'Ardoise' });
    expect(taken.code).toBe('conflict');
    expect(taken.message).toContain('Ardoise.copro already exists');
    expect((await callOk<WorkspaceInfo>('workspace.info')).path).toBe(first);
    expect(await projectTitles()).toEqual(['Premier film']);
  });

  it('refuses a damaged or too-new file, leaves it untouched, and keeps serving the current one', async () => {
    const first = path.join(dir, 'Premier.copro');
    await makeWorkspace(first, 'Premier film');
    const damaged = path.join(dir, 'Abîmé.copro');
    fs.writeFileSync(
      damaged,
      Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4000, 7)]),
    );
    const newer = path.join(dir, 'Futur.copro');
    await makeWorkspace(newer, 'Futur');
    const raw = await openWorkspace(newer);
    raw.sqlite.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    await raw.close();
    const before = { damaged: hash(damaged), newer: hash(newer) };

    await serve(first);
    const broken = await callError('workspace.open', { path: damaged });
    expect(broken.code).toBe('workspace_damaged');
    expect(broken.message).toContain('Abîmé.copro is damaged');
    const tooNew = await callError('workspace.open', { path: newer });
    expect(tooNew.code).toBe('workspace_too_new');
    expect(tooNew.message).toMatch(/newer Copro/);

    expect(hash(damaged)).toBe(before.damaged);
    expect(hash(newer)).toBe(before.newer);
    expect((await callOk<WorkspaceInfo>('workspace.info')).path).toBe(first);
    expect(await projectTitles()).toEqual(['Premier film']);
    expect(await callOk<RecentWorkspace[]>('workspace.recent')).toEqual([]);
  });

  it('opens only an existing, non-empty .copro file given by its full path', async () => {
    const first = path.join(dir, 'Premier.copro');
    await makeWorkspace(first, 'Premier film');
    const empty = path.join(dir, 'Vide.copro');
    fs.writeFileSync(empty, '');
    const notes = path.join(dir, 'notes.txt');
    fs.writeFileSync(notes, 'hello');
    await serve(first);

    const cases: [string, string][] = [
      ['Premier.copro', 'validation'],
      [notes, 'validation'],
      [empty, 'validation'],
      [path.join(dir, 'Absent.copro'), 'workspace_missing'],
      [dir, 'validation'],
    ];
    for (const [typed, code] of cases) {
      const error = await callError('workspace.open', { path: typed });
      expect(error.code, typed).toBe(code);
      expect(
        error.issues.map((issue) => issue.path),
        typed,
      ).toContainEqual(['path']);
    }
    // "Opening" never turned the empty file into a workspace.
    expect(fs.statSync(empty).size).toBe(0);
    expect((await callOk<WorkspaceInfo>('workspace.info')).path).toBe(first);
  });

  it('gives a consistent copy of the open workspace to download', async () => {
    const first = path.join(dir, 'Premier.copro');
    await makeWorkspace(first, 'Premier film');
    await serve(first);
    await callOk('projects.create', { title: 'Second film' });

    const copy = await callOk<WorkspaceCopy>('workspace.saveCopy');
    expect(copy.fileName).toMatch(/^Premier copy \d{4}-\d{2}-\d{2}\.copro$/);
    const saved = path.join(dir, copy.fileName);
    fs.writeFileSync(saved, Buffer.from(copy.contentBase64, 'base64'));
    const reopened = await openWorkspace(saved);
    const titles = await reopened.db.selectFrom('projects').select('title').execute();
    await reopened.close();
    expect(titles.map((row) => row.title).sort()).toEqual(['Premier film', 'Second film']);
    // The copy was made in a temporary folder: nothing was written beside the open file.
    const beside = fs.readdirSync(dir).filter((name) => !/-(wal|shm)$/.test(name));
    expect(beside.sort()).toEqual([copy.fileName, 'Premier.copro'].sort());
  });

  it('refuses the switching channels where there is no app session (copro call)', async () => {
    const ws = await memoryWorkspace();
    const result = await createDispatcher(ws)('workspace.openDemo', {});
    await ws.close();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('forbidden');
    expect(!result.ok && result.error.message).toContain('workspace.openDemo');
  });
});

describe('the same channels in Electron, through main’s session', () => {
  it('creates in userData, lists recent files, and answers a damaged file with an error, not a dialog', async () => {
    const userData = path.join(dir, 'profile');
    const first = path.join(dir, 'Premier.copro');
    await makeWorkspace(first, 'Premier film');
    const dialogs: string[] = [];
    const session = new WorkspaceSession({
      userDataDir: userData,
      reportError: (title) => dialogs.push(title),
      onChanged: () => undefined,
    });
    try {
      await session.start(first);
      const created = await session.dispatch('workspace.create', { name: 'Ardoise' }, {});
      expect(created).toMatchObject({
        ok: true,
        value: { path: path.join(userData, 'Ardoise.copro') },
      });
      const refused = await session.dispatch('workspace.create', { name: '../Ardoise' }, {});
      expect(!refused.ok && refused.error.code).toBe('validation');

      const damaged = path.join(dir, 'Abîmé.copro');
      fs.writeFileSync(
        damaged,
        Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4000, 7)]),
      );
      const broken = await session.dispatch('workspace.open', { path: damaged }, {});
      expect(!broken.ok && broken.error.code).toBe('workspace_damaged');
      expect(dialogs).toEqual([]);
      expect(session.current?.path).toBe(path.join(userData, 'Ardoise.copro'));

      const recent = await session.dispatch('workspace.recent', {}, {});
      expect(recent.ok && (recent.value as RecentWorkspace[]).map((entry) => entry.name)).toEqual([
        'Ardoise',
        'Premier',
      ]);
    } finally {
      await session.close();
    }
  });
});
