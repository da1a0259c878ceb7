import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Language, WorkspaceInfo } from '../../../shared/contract';
import type { Workspace } from '../db/connection';
import { schemaVersion } from '../db/migrate';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';

export async function getLanguage(ws: Workspace): Promise<Language> {
  const row = await ws.db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'language')
    .executeTakeFirst();
  return row?.value === 'fr' ? 'fr' : 'en';
}

export async function setLanguage(ws: Workspace, language: Language): Promise<void> {
  await ws.db
    .insertInto('settings')
    .values({ key: 'language', value: language })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: language }))
    .execute();
}

export async function workspaceInfo(ws: Workspace): Promise<WorkspaceInfo> {
  const counts = await ws.db
    .selectNoFrom([
      sql<number>`(SELECT count(*) FROM projects)`.as('projects'),
      sql<number>`(SELECT count(*) FROM contributors WHERE merged_into_id IS NULL)`.as(
        'contributors',
      ),
    ])
    .executeTakeFirstOrThrow();
  const memory = ws.path === ':memory:';
  return {
    path: ws.path,
    fileName: memory ? ws.path : path.basename(ws.path),
    schemaVersion: schemaVersion(ws.sqlite),
    appSchemaVersion: LATEST_SCHEMA_VERSION,
    sizeBytes: memory ? 0 : fs.statSync(ws.path).size,
    language: await getLanguage(ws),
    projectCount: counts.projects,
    contributorCount: counts.contributors,
  };
}
