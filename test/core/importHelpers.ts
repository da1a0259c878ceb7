import fs from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Workspace } from '../../electron/core/db/connection';
import { createDispatcher } from '../../electron/core/dispatcher';
import type { ImportInput, ImportIssue, ImportSummary } from '../../shared/contract';
import { importIssueFromIssue } from '../../shared/contract';
import { call } from './helpers';

export const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');

export function fixture(name: string): Uint8Array {
  return fs.readFileSync(path.join(FIXTURES, name));
}

export function asFile(
  name: string,
  bytes: Uint8Array | string,
): { name: string; contentBase64: string } {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes);
  return { name, contentBase64: data.toString('base64') };
}

/** A project and a campaign on `platform` (inserted directly: the campaign service is not needed). */
export async function campaignFor(
  ws: Workspace,
  platform: string,
  currency = 'EUR',
): Promise<number> {
  const project = await call(ws, 'projects.create', { title: `Film for ${platform}`, currency });
  const now = new Date().toISOString();
  const { id } = await ws.db
    .insertInto('campaigns')
    .values({
      project_id: project.id,
      title: `${platform} campaign`,
      platform,
      currency,
      goal_cents: 0,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

type Outcome =
  { ok: true; summary: ImportSummary } | { ok: false; message: string; errors: ImportIssue[] };

/** Runs imports.preview or imports.run through the real dispatcher. */
export async function importFiles(
  ws: Workspace,
  channel: 'imports.preview' | 'imports.run',
  input: ImportInput,
): Promise<Outcome> {
  const result = await createDispatcher(ws)(channel, input);
  if (result.ok) return { ok: true, summary: result.value as ImportSummary };
  const errors = result.error.issues.flatMap((issue) => {
    const parsed = importIssueFromIssue(issue);
    return parsed === null ? [] : [parsed];
  });
  return { ok: false, message: result.error.message, errors };
}

export async function mustImport(
  ws: Workspace,
  input: ImportInput,
  channel: 'imports.preview' | 'imports.run' = 'imports.run',
): Promise<ImportSummary> {
  const outcome = await importFiles(ws, channel, input);
  if (!outcome.ok)
    throw new Error(`${outcome.message}\n${JSON.stringify(outcome.errors.slice(0, 5))}`);
  return outcome.summary;
}

/** The sample Kickstarter zip's CSVs as text, by entry name (BOM and CRLF kept). */
export function kickstarterEntries(): Map<string, string> {
  const entries = unzipSync(fixture('kickstarter-backer-report.zip'));
  return new Map(
    Object.entries(entries).map(([name, bytes]) => [name, Buffer.from(bytes).toString('utf8')]),
  );
}

export function zipOf(entries: Map<string, string>): Uint8Array {
  return zipSync(Object.fromEntries([...entries].map(([name, text]) => [name, strToU8(text)])));
}

export async function count(
  ws: Workspace,
  table: 'contributors' | 'contributions' | 'reward_tiers' | 'imports' | 'contributor_identities',
): Promise<number> {
  const row = await ws.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
