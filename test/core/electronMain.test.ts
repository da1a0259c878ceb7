// The Electron main process wired to a stand-in for the `electron` module: window security
// settings, the IPC sender check, CSP and permission handlers, navigation guards and the menu.
// (Electron's binary is not needed; test/electron/ covers the real window where it exists.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateRows } from '../../scripts/genKickstarterReport';
import type { ProgressEvent } from '../../shared/contract';
import type { Result } from '../../shared/errors';

type Listener = (...args: unknown[]) => unknown;

interface FakeFrame {
  processId: number;
  frameToken: string;
  url: string;
}

const fake = vi.hoisted(() => {
  class FakeContents {
    listeners = new Map<string, Listener>();
    windowOpenHandler: Listener | null = null;
    sent: { channel: string; payload: unknown }[] = [];
    reloads = 0;
    mainFrame: FakeFrame = { processId: 7, frameToken: 'main-frame', url: '' };
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
    setWindowOpenHandler(handler: Listener) {
      this.windowOpenHandler = handler;
    }
    send(channel: string, payload: unknown) {
      this.sent.push({ channel, payload });
    }
    isLoading() {
      return false;
    }
    isDestroyed() {
      return false;
    }
    reload() {
      this.reloads += 1;
    }
  }
  const state = {
    paths: new Map<string, string>(),
    appListeners: new Map<string, Listener>(),
    ipcHandlers: new Map<string, Listener>(),
    windows: [] as {
      options: Record<string, unknown>;
      title: string;
      loaded: string;
      contents: FakeContents;
      listeners: Map<string, Listener>;
    }[],
    menuTemplates: [] as unknown[],
    errors: [] as string[],
    opened: [] as string[],
    savePath: null as string | null,
    headersHandler: null as Listener | null,
    permissionHandler: null as Listener | null,
    permissionCheck: null as Listener | null,
    FakeContents,
  };
  return state;
});

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = new fake.FakeContents();
    #record: (typeof fake.windows)[number];
    constructor(options: Record<string, unknown>) {
      this.#record = {
        options,
        title: '',
        loaded: '',
        contents: this.webContents,
        listeners: new Map(),
      };
      fake.windows.push(this.#record);
    }
    on(event: string, listener: Listener) {
      this.#record.listeners.set(event, listener);
    }
    once(event: string, listener: Listener) {
      this.#record.listeners.set(event, listener);
    }
    setTitle(title: string) {
      this.#record.title = title;
    }
    isDestroyed() {
      return false;
    }
    async loadFile(file: string) {
      this.#record.loaded = file;
      this.webContents.mainFrame.url = pathToFileURL(file).href;
    }
    async loadURL(url: string) {
      this.#record.loaded = url;
    }
  }
  return {
    app: {
      isPackaged: false,
      setName: () => undefined,
      setPath: (name: string, value: string) => fake.paths.set(name, value),
      getPath: (name: string) => fake.paths.get(name) ?? os.tmpdir(),
      requestSingleInstanceLock: () => true,
      on: (event: string, listener: Listener) => fake.appListeners.set(event, listener),
      whenReady: () => Promise.resolve(),
      quit: () => undefined,
    },
    BrowserWindow,
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: { template: unknown }) => fake.menuTemplates.push(menu.template),
    },
    dialog: {
      showErrorBox: (title: string, message: string) => fake.errors.push(`${title}: ${message}`),
      // The File menu's save dialog answers with the path a test chose.
      showSaveDialog: async () =>
        fake.savePath === null
          ? { canceled: true, filePath: '' }
          : { canceled: false, filePath: fake.savePath },
    },
    ipcMain: {
      handle: (channel: string, handler: Listener) => fake.ipcHandlers.set(channel, handler),
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (handler: Listener) => (fake.headersHandler = handler) },
        setPermissionRequestHandler: (handler: Listener) => (fake.permissionHandler = handler),
        setPermissionCheckHandler: (handler: Listener) => (fake.permissionCheck = handler),
      },
    },
    shell: { openExternal: async (url: string) => void fake.opened.push(url) },
  };
});

let userData = '';

function mainWindow() {
  const win = fake.windows[0];
  if (!win) throw new Error('no window was created');
  return win;
}

function invoke(
  frame: Partial<FakeFrame> | null,
  channel: unknown,
  input: unknown,
  sender?: unknown,
  operationId?: unknown,
) {
  const handler = fake.ipcHandlers.get('copro:invoke');
  if (!handler) throw new Error('copro:invoke is not registered');
  const contents = mainWindow().contents;
  const senderFrame = frame === null ? null : { ...contents.mainFrame, ...frame };
  return handler(
    { sender: sender ?? contents, senderFrame },
    channel,
    input,
    operationId,
  ) as Promise<Result<unknown>>;
}

/** `copro:cancel` from the main frame (or from `sender`): true when it stopped a running call. */
function cancel(operationId: unknown, sender?: unknown): unknown {
  const handler = fake.ipcHandlers.get('copro:cancel');
  if (!handler) throw new Error('copro:cancel is not registered');
  const contents = mainWindow().contents;
  return handler({ sender: sender ?? contents, senderFrame: contents.mainFrame }, operationId);
}

/** A generated Kickstarter report: large enough for the import to report progress and yield. */
function bigReport(backers: number): { name: string; contentBase64: string } {
  const byTier = generateRows({ backers, seed: 5, changedEvery: 0, dropEvery: 0 });
  const header =
    'Backer Number,Backer UID,Backer Name,Email,Shipping Country,Shipping Amount,Reward Title,Backing Minimum,Reward ID,Bonus Support,Pledge Amount,Pledged At,Fulfillment Status,Pledged Status,Notes,[Addon: 7001] Extra poster,[Addon: 7002] Soundtrack vinyl,Survey Response,Shipping Name,Shipping Address 1,Shipping Address 2,Shipping City,Shipping State,Shipping Postal Code,Shipping Country Name,Shipping Country Code,Shipping Phone Number,Shipping Delivery Notes';
  const csv = [header, ...[...byTier.values()].flat()].join('\r\n');
  return { name: 'big.csv', contentBase64: Buffer.from(csv, 'utf8').toString('base64') };
}

/** An item of the File menu as last built, to click. */
function fileMenuItem(label: string): { label?: string; click?: () => void } {
  const template = fake.menuTemplates.at(-1) as { label?: string; submenu?: unknown }[];
  const file = template.find((item) => item.label === 'File');
  const item = (file?.submenu as { label?: string; click?: () => void }[]).find(
    (entry) => entry.label === label,
  );
  if (!item) throw new Error(`no "${label}" in the File menu`);
  return item;
}

beforeAll(async () => {
  userData = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-main-'));
  vi.stubEnv('COPRO_USER_DATA', userData);
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  await import('../../electron/main/index');
  await vi.waitFor(() => expect(mainWindow().title).toBe('Demo.copro — Copro'), {
    timeout: 20_000,
  });
});

afterAll(async () => {
  const willQuit = fake.appListeners.get('will-quit');
  willQuit?.({ preventDefault: () => undefined });
  await new Promise((resolve) => setTimeout(resolve, 50));
  vi.unstubAllEnvs();
  fs.rmSync(userData, { recursive: true, force: true });
});

describe('Electron main process', () => {
  it('opens a sandboxed, isolated window on the built page', () => {
    const { options, loaded } = mainWindow();
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(String((options.webPreferences as { preload: string }).preload)).toMatch(
      /preload[/\\]index\.cjs$/,
    );
    expect(loaded).toMatch(/renderer[/\\]index\.html$/);
    const titleEvent = (title: string) => {
      const event = {
        prevented: false,
        preventDefault() {
          this.prevented = true;
        },
      };
      mainWindow().listeners.get('page-title-updated')?.(event, title);
      return event.prevented;
    };
    // The bare page title before the app has loaded is ignored; the app's own title is kept.
    expect(titleEvent('Copro')).toBe(true);
    expect(titleEvent('Demo.copro — Les Nuits de Marseille — Copro')).toBe(false);
  });

  it('answers the main frame of its window through the dispatcher', async () => {
    const result = await invoke({}, 'projects.list', {});
    expect(result.ok).toBe(true);
    expect(result.ok && Array.isArray(result.value) && result.value.length).toBeGreaterThan(0);

    const invalid = await invoke({}, 'projects.create', { title: '' });
    expect(invalid.ok ? null : invalid.error.code).toBe('validation');
  });

  it('refuses calls from any other frame, page or sender', async () => {
    const refusals = [
      await invoke(null, 'projects.list', {}),
      await invoke({ frameToken: 'child-frame' }, 'projects.list', {}),
      await invoke({ url: 'https://example.com/' }, 'projects.list', {}),
      await invoke(
        { url: pathToFileURL(path.join(userData, 'other.html')).href },
        'projects.list',
        {},
      ),
      await invoke({}, 'projects.list', {}, new fake.FakeContents()),
    ];
    for (const result of refusals) expect(result.ok ? null : result.error.code).toBe('forbidden');
  });

  it('cancels a running import by its operation id, only for the sender that started it', async () => {
    const project = await invoke({}, 'projects.create', { title: 'Cancel test' });
    const projectId = project.ok ? (project.value as { id: number }).id : undefined;
    const created = await invoke({}, 'campaigns.create', {
      projectId,
      title: 'Kickstarter',
      platform: 'kickstarter',
      goalCents: 0,
    });
    if (!created.ok) throw new Error(created.error.message);
    const campaign = created.value as { id: number };
    const countContributors = async () => {
      const found = await invoke({}, 'contributors.search', {});
      return found.ok ? (found.value as { total: number }).total : -1;
    };
    const before = await countContributors();
    expect(before).toBeGreaterThan(0);

    expect(cancel('not valid!')).toBe(false);
    const badId = await invoke({}, 'projects.list', {}, undefined, { id: 1 });
    expect(badId.ok ? null : badId.error.code).toBe('validation');

    const contents = mainWindow().contents;
    contents.sent = [];
    const running = invoke(
      {},
      'imports.run',
      { campaignId: campaign.id, files: [bigReport(12_000)] },
      undefined,
      'ipc-op-1',
    );
    await vi.waitFor(
      () =>
        expect(
          contents.sent.some(
            (message) => (message.payload as ProgressEvent).operationId === 'ipc-op-1',
          ),
        ).toBe(true),
      { timeout: 20_000 },
    );
    // Another window's contents cannot cancel it; the main frame can.
    expect(cancel('ipc-op-1', new fake.FakeContents())).toBe(false);
    expect(cancel('ipc-op-1')).toBe(true);
    const result = await running;
    expect(result.ok ? null : result.error.code).toBe('cancelled');
    expect(await countContributors()).toBe(before);
    // Finished calls are forgotten: there is nothing left to cancel.
    expect(cancel('ipc-op-1')).toBe(false);
  }, 30_000);

  it('sends the CSP header with the app page and denies every permission', () => {
    const appUrl = mainWindow().contents.mainFrame.url;
    const answers: unknown[] = [];
    fake.headersHandler?.({ url: appUrl, responseHeaders: { A: ['b'] } }, (answer: unknown) =>
      answers.push(answer),
    );
    fake.headersHandler?.(
      { url: 'devtools://devtools/x', responseHeaders: {} },
      (answer: unknown) => answers.push(answer),
    );
    expect(answers[0]).toEqual({
      responseHeaders: {
        A: ['b'],
        'Content-Security-Policy': [expect.stringContaining("script-src 'self'")],
      },
    });
    expect(answers[1]).toEqual({});

    const granted: boolean[] = [];
    fake.permissionHandler?.(null, 'media', (allow: boolean) => granted.push(allow));
    expect(granted).toEqual([false]);
    expect(fake.permissionCheck?.()).toBe(false);
  });

  it('blocks navigation and new windows; only https links go to the system browser', () => {
    const contents = new fake.FakeContents();
    fake.appListeners.get('web-contents-created')?.({}, contents);
    const navigate = (url: string) => {
      const event = {
        prevented: false,
        preventDefault() {
          this.prevented = true;
        },
      };
      contents.listeners.get('will-navigate')?.(event, url);
      return event.prevented;
    };
    const appUrl = mainWindow().contents.mainFrame.url;
    expect(navigate(`${appUrl}#/projects/1`)).toBe(false);
    expect(navigate('https://touscoprod.com/')).toBe(true);
    expect(navigate('http://example.com/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({
      action: 'deny',
    });
    expect(fake.opened).toEqual(['https://touscoprod.com/', 'https://example.org/']);
  });

  it('shows the File menu’s Save a Copy in the window, which can cancel it', async () => {
    const contents = mainWindow().contents;
    const menuEvents = () =>
      contents.sent
        .map((message) => message.payload as ProgressEvent)
        .filter((event) => event.operationId?.startsWith('menu-backup-'));
    const ending = (id: string | undefined) =>
      menuEvents().find((event) => event.operationId === id && event.phase !== 'copy')?.phase;

    // Some 40 MB of filler beside the demo's data: the copy takes many steps, and a cancel at
    // its first report lands long before its end (the copy runs in a worker).
    const filler = new BetterSqlite3(path.join(userData, 'Demo.copro'));
    filler.exec('CREATE TABLE IF NOT EXISTS test_filler (data BLOB NOT NULL)');
    const insert = filler.prepare('INSERT INTO test_filler (data) VALUES (randomblob(1048576))');
    filler.transaction(() => {
      for (let mb = 0; mb < 40; mb += 1) insert.run();
    })();
    filler.close();

    // Cancelled from the window at its first report: no file at the chosen path, no error box.
    contents.sent = [];
    fake.savePath = path.join(userData, 'Cancelled copy.copro');
    const send = contents.send.bind(contents);
    contents.send = (channel: string, payload: unknown) => {
      send(channel, payload);
      const id = (payload as ProgressEvent).operationId;
      if (id?.startsWith('menu-backup-') && (payload as ProgressEvent).phase === 'copy') {
        expect(cancel(id)).toBe(true);
      }
    };
    fileMenuItem('Save a Copy…').click?.();
    await vi.waitFor(() => expect(ending(menuEvents()[0]?.operationId)).toBe('cancelled'), {
      timeout: 20_000,
    });
    contents.send = send;
    expect(fs.readdirSync(userData).filter((name) => name.startsWith('Cancelled copy'))).toEqual(
      [],
    );

    // Left to run: page counts, tagged with the menu's id, then how it ended.
    contents.sent = [];
    fake.savePath = path.join(userData, 'Demo copy.copro');
    fileMenuItem('Save a Copy…').click?.();
    await vi.waitFor(() => expect(ending(menuEvents()[0]?.operationId)).toBe('done'), {
      timeout: 20_000,
    });
    const copying = menuEvents().filter((event) => event.phase === 'copy');
    expect(copying.length).toBeGreaterThan(0);
    expect(copying.at(-1)?.done).toBe(copying.at(-1)?.total);
    expect(fs.existsSync(fake.savePath)).toBe(true);
    // Finished: nothing left to cancel.
    expect(cancel(menuEvents()[0]?.operationId)).toBe(false);
    expect(fake.errors).toEqual([]);
  }, 40_000);

  it('shows the File menu’s Open Demo creating the demo in the window', async () => {
    const created = await invoke({}, 'workspace.create', { name: 'Elsewhere' });
    expect(created.ok).toBe(true);
    for (const suffix of ['', '-wal', '-shm']) {
      fs.rmSync(path.join(userData, `Demo.copro${suffix}`), { force: true });
    }
    const contents = mainWindow().contents;
    contents.sent = [];
    fileMenuItem('Open Demo').click?.();
    const demoEvents = () =>
      contents.sent
        .map((message) => message.payload as ProgressEvent)
        .filter((event) => event.operationId?.startsWith('menu-demo-'));
    await vi.waitFor(() => expect(demoEvents().at(-1)?.phase).toBe('done'), { timeout: 30_000 });
    const phases = new Set(demoEvents().map((event) => event.phase));
    expect(phases).toContain('contributors');
    expect(new Set(demoEvents().map((event) => event.operationId)).size).toBe(1);
    expect(mainWindow().title).toBe('Demo.copro — Copro');
    expect(fake.errors).toEqual([]);
  }, 40_000);

  it('offers the File menu with the demo among recent workspaces', () => {
    const template = fake.menuTemplates.at(-1) as {
      label?: string;
      role?: string;
      submenu?: unknown;
    }[];
    const file = template.find((item) => item.label === 'File');
    const labels = (file?.submenu as { label?: string; submenu?: { label?: string }[] }[]).map(
      (i) => i.label,
    );
    expect(labels).toEqual(
      expect.arrayContaining(['New…', 'Open…', 'Open Recent', 'Save a Copy…', 'Open Demo']),
    );
    const recent = (file?.submenu as { label?: string; submenu?: { label?: string }[] }[]).find(
      (item) => item.label === 'Open Recent',
    );
    expect(recent?.submenu?.[0]?.label).toContain('Demo.copro');
    expect(template.map((item) => item.role).filter(Boolean)).toEqual(
      expect.arrayContaining(['editMenu', 'viewMenu', 'windowMenu', 'help']),
    );
    expect(fake.errors).toEqual([]);
  });
});
