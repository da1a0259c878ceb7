import type { Kysely } from 'kysely';
import {
  importMappingSchema,
  importOptionsSchema,
  type MappingPreset,
} from '../../../shared/contract/imports';
import type { ParsedInput } from '../../../shared/contract';
import type { Database } from '../db/schema';
import { audit } from '../services/audit';

interface PresetRow {
  id: number;
  name: string;
  mapping: string;
  created_at: string;
}

/**
 * A preset is stored as JSON {mapping, options}. A row that no longer parses (written by hand or
 * by an older version) reads as an empty mapping rather than breaking the list.
 */
function toPreset(row: PresetRow): MappingPreset {
  let stored: unknown = null;
  try {
    stored = JSON.parse(row.mapping);
  } catch {
    stored = null;
  }
  const record =
    typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const mapping = importMappingSchema.safeParse(record.mapping);
  const options = importOptionsSchema.safeParse(record.options ?? {});
  return {
    id: row.id,
    name: row.name,
    mapping: mapping.success ? mapping.data : {},
    options: options.success ? options.data : {},
    createdAt: row.created_at,
  };
}

export async function listMappingPresets(db: Kysely<Database>): Promise<MappingPreset[]> {
  const rows = await db.selectFrom('mapping_presets').selectAll().orderBy('name').execute();
  return rows.map(toPreset);
}

/** Saves a preset, replacing the one with the same name. */
export async function saveMappingPreset(
  db: Kysely<Database>,
  input: ParsedInput<'imports.presets.save'>,
): Promise<MappingPreset> {
  const stored = JSON.stringify({ mapping: input.mapping, options: input.options });
  const row = await db.transaction().execute(async (trx) => {
    const saved = await trx
      .insertInto('mapping_presets')
      .values({ name: input.name, mapping: stored, created_at: new Date().toISOString() })
      .onConflict((oc) => oc.column('name').doUpdateSet({ mapping: stored }))
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, 'mapping_preset', saved.id, 'update', { name: input.name });
    return saved;
  });
  return toPreset(row);
}
