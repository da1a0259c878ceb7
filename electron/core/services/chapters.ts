import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** The CNC feature-film devis chapters, then overheads and contingency (DESIGN "Budget"). */
export const CNC_CHAPTERS: readonly { code: string; title: string }[] = [
  { code: '1', title: 'Droits artistiques' },
  { code: '2', title: 'Personnel' },
  { code: '3', title: 'Interprétation' },
  { code: '4', title: 'Charges sociales' },
  { code: '5', title: 'Décors et costumes' },
  { code: '6', title: 'Transports, défraiements, régie' },
  { code: '7', title: 'Moyens techniques' },
  { code: '8', title: 'Post-production image et son' },
  { code: '9', title: 'Assurances et divers' },
  { code: 'FG', title: 'Frais généraux' },
  { code: 'IMP', title: 'Imprévus' },
];

export async function seedDefaultChapters(db: Kysely<Database>, projectId: number): Promise<void> {
  await db
    .insertInto('budget_chapters')
    .values(
      CNC_CHAPTERS.map((c, position) => ({
        project_id: projectId,
        code: c.code,
        title: c.title,
        position,
      })),
    )
    .execute();
}
