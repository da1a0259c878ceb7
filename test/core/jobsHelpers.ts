// Shared by the jobs tests: temp-file workspaces (a worker needs a file to open) and big reports.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openWorkspace, type Workspace } from '../../electron/core/db/connection';
import { generateRows } from '../../scripts/genKickstarterReport';
import { asFile } from './importHelpers';

const HEADER =
  'Backer Number,Backer UID,Backer Name,Email,Shipping Country,Shipping Amount,Reward Title,Backing Minimum,Reward ID,Bonus Support,Pledge Amount,Pledged At,Fulfillment Status,Pledged Status,Notes,[Addon: 7001] Extra poster,[Addon: 7002] Soundtrack vinyl,Survey Response,Shipping Name,Shipping Address 1,Shipping Address 2,Shipping City,Shipping State,Shipping Postal Code,Shipping Country Name,Shipping Country Code,Shipping Phone Number,Shipping Delivery Notes';

/** A generated Kickstarter report of `backers` rows, as one CSV file. */
export function reportFile(backers: number, seed = 11): { name: string; contentBase64: string } {
  const byTier = generateRows({ backers, seed, changedEvery: 0, dropEvery: 0 });
  return asFile('big.csv', [HEADER, ...[...byTier.values()].flat()].join('\r\n'));
}

/** A folder that the returned `cleanup` removes, with workspaces opened in it closed first. */
export function tempFolder(prefix: string): {
  dir: string;
  open(name: string): Promise<Workspace>;
  cleanup(): Promise<void>;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const opened: Workspace[] = [];
  return {
    dir,
    async open(name) {
      const ws = await openWorkspace(path.join(dir, name), { create: true });
      opened.push(ws);
      return ws;
    },
    async cleanup() {
      for (const ws of opened) if (ws.sqlite.open) await ws.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Row counts of the tables an import or a budget import writes. */
export async function tableCounts(ws: Workspace): Promise<Record<string, number>> {
  const tables = [
    'contributors',
    'contributor_identities',
    'contributions',
    'fulfillment_lines',
    'reward_tiers',
    'imports',
    'audit_log',
    'budget_lines',
  ] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = ws.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number };
    counts[table] = row.n;
  }
  return counts;
}

/** Resolves with the first progress event `accept` takes. */
export function firstProgress<E>(accept: (event: E) => boolean = () => true): {
  onProgress: (event: E) => void;
  reached: Promise<E>;
} {
  let resolve: (event: E) => void = () => undefined;
  const reached = new Promise<E>((done) => (resolve = done));
  return {
    onProgress(event) {
      if (accept(event)) resolve(event);
    },
    reached,
  };
}
