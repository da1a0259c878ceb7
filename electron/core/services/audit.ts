import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

type Action = 'create' | 'update' | 'delete' | 'merge' | 'import' | 'status';

/** Appends one line to the audit log; call it inside the transaction that makes the change. */
export async function audit(
  db: Kysely<Database>,
  entity: string,
  entityId: number,
  action: Action,
  changes: Record<string, unknown> = {},
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: new Date().toISOString(),
      entity,
      entity_id: entityId,
      action,
      changes: JSON.stringify(changes),
    })
    .execute();
}

/** Only the fields whose value differs, as {field: [before, after]}. */
export function diff<T extends object>(before: T, patch: Partial<T>): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const after = patch[key];
    if (after !== undefined && after !== before[key]) changes[String(key)] = [before[key], after];
  }
  return changes;
}
