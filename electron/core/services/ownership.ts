import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/errors';
import type { Database, ProjectRow } from '../db/schema';

/**
 * Look-ups that check an id given in an input exists (and belongs to the right project), so an
 * error names the input field that carried the bad id.
 */

export async function requireProject(
  db: Kysely<Database>,
  projectId: number,
  field = 'projectId',
): Promise<ProjectRow> {
  const row = await db
    .selectFrom('projects')
    .selectAll()
    .where('id', '=', projectId)
    .executeTakeFirst();
  if (!row) {
    throw new AppError('not_found', `Project ${projectId} does not exist.`, [
      { path: [field], message: `no project with id ${projectId}` },
    ]);
  }
  return row;
}

export async function requireChapter(
  db: Kysely<Database>,
  projectId: number,
  chapterId: number,
  field = 'chapterId',
) {
  const row = await db
    .selectFrom('budget_chapters')
    .selectAll()
    .where('id', '=', chapterId)
    .executeTakeFirst();
  if (!row) {
    throw new AppError('not_found', `Budget chapter ${chapterId} does not exist.`, [
      { path: [field], message: `no budget chapter with id ${chapterId}` },
    ]);
  }
  if (row.project_id !== projectId) {
    throw new AppError(
      'validation',
      `Budget chapter ${chapterId} belongs to another project than project ${projectId}.`,
      [{ path: [field], message: `chapter ${chapterId} is not a chapter of project ${projectId}` }],
    );
  }
  return row;
}

/** A row by id, or not_found naming the `id` field. */
export function notFound(what: string, id: number, field = 'id'): AppError {
  return new AppError('not_found', `${what} ${id} does not exist.`, [
    { path: [field], message: `no ${what.toLowerCase()} with id ${id}` },
  ]);
}

/** Refuses an input currency that is not the project's: the plan adds amounts without exchange rates. */
export function requireProjectCurrency(
  project: ProjectRow,
  currency: string | undefined,
  what: string,
): void {
  if (currency === undefined || currency === project.currency) return;
  throw new AppError(
    'validation',
    `${what} in ${currency} cannot join project "${project.title}", kept in ${project.currency}: the financing plan adds amounts without exchange rates.`,
    [
      {
        path: ['currency'],
        message: `must be the project's currency ${project.currency}, not ${currency}`,
      },
    ],
  );
}
