import type { Kysely } from 'kysely';
import { AppError, apiMessage } from '../../../shared/errors';
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
    throw notFound('Project', projectId, field);
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
    throw notFound('Budget chapter', chapterId, field);
  }
  if (row.project_id !== projectId) {
    const ids = { chapterId: String(chapterId), projectId: String(projectId) };
    throw new AppError('validation', apiMessage('apiErrors.chapterOfOtherProject', ids), [
      {
        path: [field],
        message: apiMessage('apiErrors.notChapterOfProject', ids),
      },
    ]);
  }
  return row;
}

/** The things an id can name, by their English name (callers read naturally), and their key. */
const things = {
  Project: 'project',
  'Budget chapter': 'budgetChapter',
  'Budget line': 'budgetLine',
  'Financing source': 'financingSource',
  Campaign: 'campaign',
  'Reward tier': 'rewardTier',
  'Reward item': 'rewardItem',
  Contributor: 'contributor',
  Contribution: 'contribution',
} as const;
export type Thing = keyof typeof things;

/** A row by id, or not_found naming the `id` field. */
export function notFound(what: Thing, id: number, field = 'id'): AppError {
  const thing = things[what];
  // An id is a name, not a quantity: never grouped as "4,242".
  const ids = { id: String(id) };
  return new AppError('not_found', apiMessage(`apiErrors.missing.${thing}`, ids), [
    { path: [field], message: apiMessage(`apiErrors.noSuch.${thing}`, ids) },
  ]);
}

/** Refuses an input currency that is not the project's: the plan adds amounts without exchange rates. */
export function requireProjectCurrency(
  project: ProjectRow,
  currency: string | undefined,
  what: 'A source amount' | 'A campaign',
): void {
  if (currency === undefined || currency === project.currency) return;
  const params = { currency, title: project.title, projectCurrency: project.currency };
  const key = what === 'A campaign' ? 'campaign' : 'sourceAmount';
  throw new AppError('validation', apiMessage(`apiErrors.currencyMismatch.${key}`, params), [
    { path: ['currency'], message: apiMessage('apiErrors.mustBeCurrency', params) },
  ]);
}
