// Cancelling long operations: through the real HTTP server (aborting the fetch is the cancel) and
// at the dispatcher with an already-aborted signal. A cancelled call writes nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import { openWorkspace } from '../../electron/core/db/connection';
import { createDispatcher } from '../../electron/core/dispatcher';
import { backupWorkspace } from '../../electron/core/services/backup';
import { startServer, type RunningServer } from '../../electron/server/server';
import { generateRows } from '../../scripts/genKickstarterReport';
import { HTTP } from '../../shared/bridge';
import type { ProgressEvent } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { call, memoryWorkspace } from './helpers';
import { asFile, campaignFor, count } from './importHelpers';

const HEADER =
  'Backer Number,Backer UID,Backer Name,Email,Shipping Country,Shipping Amount,Reward Title,Backing Minimum,Reward ID,Bonus Support,Pledge Amount,Pledged At,Fulfillment Status,Pledged Status,Notes,[Addon: 7001] Extra poster,[Addon: 7002] Soundtrack vinyl,Survey Response,Shipping Name,Shipping Address 1,Shipping Address 2,Shipping City,Shipping State,Shipping Postal Code,Shipping Country Name,Shipping Country Code,Shipping Phone Number,Shipping Delivery Notes';

/** A generated Kickstarter report of `backers` rows, as one CSV file. */
function reportFile(backers: number): { name: string; contentBase64: string } {
  const byTier = generateRows({ backers, seed: 11, changedEvery: 0, dropEvery: 0 });
  return asFile('big.csv', [HEADER, ...[...byTier.values()].flat()].join('\r\n'));
}

function aborted(): AbortSignal {
  const abort = new AbortController();
  abort.abort();
  return abort.signal;
}

describe('cancelling at the dispatcher', () => {
  let ws: Workspace;
  beforeEach(async () => {
    ws = await memoryWorkspace();
  });
  afterEach(async () => {
    await ws.close();
  });

  it('answers `cancelled` for an import run whose signal is aborted, and writes nothing', async () => {
    const campaignId = await campaignFor(ws, 'kickstarter');
    const before = await count(ws, 'contributors');
    const result = await createDispatcher(ws)(
      'imports.run',
      { campaignId, files: [reportFile(6000)] },
      { signal: aborted() },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('cancelled');
      expect(result.error.message).toMatch(/nothing was written/i);
    }
    expect(await count(ws, 'contributors')).toBe(before);
    expect(await count(ws, 'contributions')).toBe(0);
    expect(await count(ws, 'imports')).toBe(0);
    // The workspace is usable afterwards: the same import without a signal goes through.
    const again = await createDispatcher(ws)('imports.run', {
      campaignId,
      files: [reportFile(6000)],
    });
    expect(again.ok).toBe(true);
    expect(await count(ws, 'contributions')).toBeGreaterThan(0);
  });

  it('answers `cancelled` for a budget import whose signal is aborted, and adds no line', async () => {
    const project = await call(ws, 'projects.create', { title: 'Phares' });
    const lines = await call(ws, 'budget.listLines', { projectId: project.id });
    const csv =
      'Code;Poste;Quantité;Unité;Tarif\n1;Scénario;1;forfait;1000\n2;Tournage;3;jour;250\n';
    const result = await createDispatcher(ws)(
      'budget.importRun',
      { projectId: project.id, file: asFile('devis.csv', csv) },
      { signal: aborted() },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('cancelled');
    expect(await call(ws, 'budget.listLines', { projectId: project.id })).toEqual(lines);
  });
});

describe('cancelling a backup', () => {
  it('stops the copy and leaves no file behind', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-cancel-backup-'));
    const source = await openWorkspace(path.join(dir, 'source.copro'), { create: true });
    try {
      await call(source, 'projects.create', { title: 'Phares' });
      const out = path.join(dir, 'copy.copro');
      await expect(backupWorkspace(source, out, undefined, { signal: aborted() })).rejects.toThrow(
        /cancelled/,
      );
      expect(fs.readdirSync(dir).filter((name) => name.startsWith('copy'))).toEqual([]);
    } finally {
      await source.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cancelling through the HTTP server', () => {
  let dir: string;
  let server: RunningServer;
  let workspacePath: string;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-cancel-'));
    workspacePath = path.join(dir, 'slate.copro');
    server = await startServer({ workspacePath, rendererDir: dir, dataDir: dir });
  });
  afterEach(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const base = () => `http://127.0.0.1:${server.port}`;
  const headers = (extra: Record<string, string> = {}) => ({
    'content-type': 'application/json',
    [HTTP.tokenHeader]: server.token,
    ...extra,
  });

  async function api<T>(channel: string, input: unknown): Promise<T> {
    const response = await fetch(`${base()}${HTTP.callPrefix}${channel}`, {
      method: 'POST',
      headers: headers(),
      body: JSON.stringify(input),
    });
    const result = (await response.json()) as Result<T>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  }

  /** Reads the server-sent event stream until `accept` takes an event. */
  async function waitForEvent(
    reader: ReadableStreamDefaultReader<Uint8Array>,
    accept: (event: ProgressEvent) => boolean,
  ): Promise<ProgressEvent> {
    const decoder = new TextDecoder();
    let buffered = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the event stream ended before the expected event');
      buffered += decoder.decode(value, { stream: true });
      const frames = buffered.split('\n\n');
      buffered = frames.pop() ?? '';
      for (const frame of frames) {
        const data = frame.split('\n').find((line) => line.startsWith('data: '));
        if (data === undefined) continue;
        const event = JSON.parse(data.slice('data: '.length)) as ProgressEvent;
        if (accept(event)) return event;
      }
    }
  }

  async function storedCounts(): Promise<Record<string, number>> {
    const reader = await openWorkspace(workspacePath, { readonly: true });
    try {
      return {
        contributors: await count(reader, 'contributors'),
        contributions: await count(reader, 'contributions'),
        imports: await count(reader, 'imports'),
      };
    } finally {
      await reader.close();
    }
  }

  it('rolls a 20,000-backer import back when the client aborts after the first progress event', async () => {
    const project = await api<{ id: number }>('projects.create', { title: 'Phares' });
    const campaign = await api<{ id: number }>('campaigns.create', {
      projectId: project.id,
      title: 'Kickstarter',
      platform: 'kickstarter',
      goalCents: 0,
    });
    const before = await storedCounts();

    const events = await fetch(`${base()}${HTTP.eventsPath}?${HTTP.tokenQuery}=${server.token}`);
    const reader = events.body?.getReader();
    if (!reader) throw new Error('no event stream');

    const operationId = 'cancel-test-1';
    const abort = new AbortController();
    const running = fetch(`${base()}${HTTP.callPrefix}imports.run`, {
      method: 'POST',
      headers: headers({ [HTTP.operationHeader]: operationId }),
      body: JSON.stringify({ campaignId: campaign.id, files: [reportFile(20_000)] }),
      signal: abort.signal,
    });
    const first = await waitForEvent(reader, (event) => event.operationId === operationId);
    expect(first.operation).toBe('import');
    expect(first.done).toBeLessThan(20_000);
    abort.abort();
    await expect(running).rejects.toThrow();
    await reader.cancel();

    // The next call waits for the workspace connection: it is answered once the import let go.
    const projects = await api<unknown[]>('projects.list', {});
    expect(projects).toHaveLength(1);
    expect(await storedCounts()).toEqual(before);
  }, 60_000);

  it('refuses an operation id that is not a short token', async () => {
    const response = await fetch(`${base()}${HTTP.callPrefix}projects.list`, {
      method: 'POST',
      headers: headers({ [HTTP.operationHeader]: 'not valid!' }),
      body: '{}',
    });
    expect(response.status).toBe(400);
    const result = (await response.json()) as Result<unknown>;
    expect(result.ok).toBe(false);
  });
});
