import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { languageSchema, type Language, type WorkspaceInfo } from '../../../shared/contract';
import type { Workspace } from '../db/connection';
import type { Database } from '../db/schema';
import { schemaVersion } from '../db/migrate';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';

/** Where the system's language is read: the usual POSIX variables, then the Intl default. */
export interface LocaleSources {
  env: Readonly<Record<string, string | undefined>>;
  intlLocale: string;
}

const systemLocale = (): LocaleSources => ({
  env: process.env,
  intlLocale: Intl.DateTimeFormat().resolvedOptions().locale,
});

/**
 * The system's language as Copro's: French for any `fr*` locale, English otherwise. The POSIX
 * variables win when set (they are what the user chose for this session; "C" and "POSIX" say
 * nothing), else the Intl default (macOS and Windows set no LANG for desktop apps).
 */
export function systemLanguage(sources: LocaleSources = systemLocale()): Language {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = sources.env[name]?.trim();
    if (!value || /^(C|POSIX)([._@]|$)/i.test(value)) continue;
    return value.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  }
  return sources.intlLocale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

async function storedLanguage(db: Kysely<Database>): Promise<Language | null> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'language')
    .executeTakeFirst();
  const parsed = languageSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

/** The workspace's language; a file that never stored one follows the system. */
export async function getLanguage(ws: Workspace): Promise<Language> {
  return languageOf(ws.db);
}

/** The same, read through a transaction or a service's `db`. */
export async function languageOf(db: Kysely<Database>): Promise<Language> {
  return (await storedLanguage(db)) ?? systemLanguage();
}

/**
 * Writes the system's language into a workspace that has none yet (a new file): from then on
 * the file keeps its language wherever it is opened.
 */
export async function initLanguage(
  ws: Workspace,
  language: Language = systemLanguage(),
): Promise<void> {
  await ws.db
    .insertInto('settings')
    .values({ key: 'language', value: language })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
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
