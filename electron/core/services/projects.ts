import type { Kysely } from 'kysely';
import type {
  ProjectWithFigures,
  ParsedInput,
  ProjectFormat,
  Project,
} from '../../../shared/contract';
import { notFound } from './ownership';
import type { Database, ProjectRow } from '../db/schema';
import { audit, diff } from './audit';
import { projectFigures } from './projectFigures';
import { seedDefaultChapters } from './chapters';

function toProject(row: ProjectRow): Project {
  return {
    id: row.id,
    title: row.title,
    format: row.format as ProjectFormat,
    currency: row.currency,
    crowdCapBp: row.crowd_cap_bp,
    securedThresholdBp: row.secured_threshold_bp,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function getProjectRow(db: Kysely<Database>, id: number): Promise<ProjectRow> {
  const row = await db.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Project', id);
  return row;
}

async function withFigures(db: Kysely<Database>, row: ProjectRow): Promise<ProjectWithFigures> {
  return { ...toProject(row), figures: await projectFigures(db, row.id, row.crowd_cap_bp) };
}

export async function listProjects(db: Kysely<Database>): Promise<ProjectWithFigures[]> {
  const rows = await db.selectFrom('projects').selectAll().orderBy('title').execute();
  return Promise.all(rows.map((row) => withFigures(db, row)));
}

export async function getProject(db: Kysely<Database>, id: number): Promise<ProjectWithFigures> {
  return withFigures(db, await getProjectRow(db, id));
}

export async function createProject(
  db: Kysely<Database>,
  input: ParsedInput<'projects.create'>,
): Promise<ProjectWithFigures> {
  const insert = async (trx: Kysely<Database>): Promise<number> => {
    const now = new Date().toISOString();
    const { id } = await trx
      .insertInto('projects')
      .values({
        title: input.title,
        format: input.format,
        currency: input.currency,
        crowd_cap_bp: input.crowdCapBp,
        secured_threshold_bp: input.securedThresholdBp,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await seedDefaultChapters(trx, id);
    await audit(trx, 'project', id, 'create', { title: input.title });
    return id;
  };
  // Inside a caller's transaction (the demo builds a whole workspace in one), join it.
  const id = db.isTransaction ? await insert(db) : await db.transaction().execute(insert);
  return getProject(db, id);
}

export async function updateProject(
  db: Kysely<Database>,
  input: ParsedInput<'projects.update'>,
): Promise<ProjectWithFigures> {
  await db.transaction().execute(async (trx) => {
    const before = await getProjectRow(trx, input.id);
    const patch = {
      title: input.title,
      format: input.format,
      currency: input.currency,
      crowd_cap_bp: input.crowdCapBp,
      secured_threshold_bp: input.securedThresholdBp,
    };
    const changes = diff(before, patch);
    if (Object.keys(changes).length === 0) return;
    await trx
      .updateTable('projects')
      .set({ ...patch, updated_at: new Date().toISOString() })
      .where('id', '=', input.id)
      .execute();
    await audit(trx, 'project', input.id, 'update', changes);
  });
  return getProject(db, input.id);
}
