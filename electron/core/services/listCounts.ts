import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * Counts of list queries, kept while the workspace is unchanged: a virtualised table asks page
 * after page of the same query while the user scrolls, and at 250,000 rows counting costs more
 * than the page. SQLite's counters tell a change: total_changes() for this connection (triggers
 * included), data_version for another connection writing the file.
 */
const countsByWorkspace = new WeakMap<
  Kysely<Database>,
  { version: string; counts: Map<string, unknown> }
>();
const COUNTS_KEPT = 32;

export function cachedCount(
  db: Kysely<Database>,
  key: string,
  count: () => Promise<number>,
): Promise<number> {
  return cachedValue(db, `count:${key}`, count);
}

/**
 * Any value computed from the workspace (the contributors a typed text matches…), kept like the
 * counts while the workspace is unchanged. `key` must say everything the value depends on.
 */
export async function cachedValue<T>(
  db: Kysely<Database>,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const { rows } = await sql<{
    changes: number;
    version: number;
  }>`SELECT total_changes() AS changes,
    (SELECT data_version FROM pragma_data_version) AS version`.execute(db);
  const version = `${rows[0]?.changes}:${rows[0]?.version}`;
  let cached = countsByWorkspace.get(db);
  if (!cached || cached.version !== version) {
    cached = { version, counts: new Map() };
    countsByWorkspace.set(db, cached);
  }
  if (cached.counts.has(key)) return cached.counts.get(key) as T;
  const computed = await compute();
  if (cached.counts.size >= COUNTS_KEPT) cached.counts.clear();
  cached.counts.set(key, computed);
  return computed;
}

/**
 * Where a page far down a list is cheaper to find from the other end: the same rows are the
 * page `total - end` of the list in the opposite direction, reversed. A walk along an index then
 * reads at most half the list.
 */
export function fromNearerEnd(
  offset: number,
  limit: number,
  total: number,
): { offset: number; limit: number; reversed: boolean } {
  if (offset * 2 <= total) return { offset, limit, reversed: false };
  const end = Math.min(total, offset + limit);
  return { offset: Math.max(0, total - end), limit: Math.max(0, end - offset), reversed: true };
}
