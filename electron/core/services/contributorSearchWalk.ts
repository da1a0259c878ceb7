import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema';
import { cachedValue, fromNearerEnd } from './listCounts';

/**
 * Broad typed text ("m", a mail domain, a big city) matches a large share of 250,000
 * contributors. Walking a sort index against `id IN (SELECT rowid … MATCH …)` makes SQLite
 * rebuild that lookup table for every page (~20 ms for 120,000 matches) and walk from the start
 * even for a deep page. Instead the matched ids are read once as one JSON array (about the cost
 * of counting them) and kept, while the workspace is unchanged, as a bitmap: one byte per id,
 * 1 when it matches. The walk tests each index entry with `substr(bitmap, id + 1, 1)`, bound as
 * a BLOB parameter (~0.06 µs per entry, the whole index in ~15 ms), from whichever end of the
 * list is nearer the page.
 */

/** The contributors a search matches: a bitmap by id and how many. */
export interface MatchedIds {
  bitmap: Buffer;
  size: number;
}

/** The bitmap of a JSON array of ids (120,000 ids in ~3 ms). */
function bitmapOf(json: string | undefined): MatchedIds {
  const parsed: unknown = JSON.parse(json ?? '[]');
  const ids: unknown[] = Array.isArray(parsed) ? parsed : [];
  let max = 0;
  for (const id of ids) if (typeof id === 'number' && id > max) max = id;
  const bitmap = Buffer.alloc(max + 1);
  let size = 0;
  for (const id of ids) {
    if (typeof id !== 'number' || bitmap[id] === 1) continue;
    bitmap[id] = 1;
    size += 1;
  }
  return { bitmap, size };
}

/** The ids matching an FTS5 query, computed once per workspace version. */
export function matchedIds(db: Kysely<Database>, match: string): Promise<MatchedIds> {
  return cachedValue(db, JSON.stringify(['contributors.matches', match]), async () => {
    const { rows } = await sql<{ ids: string }>`SELECT json_group_array(rowid) AS ids
      FROM contributor_search WHERE contributor_search MATCH ${match}`.execute(db);
    return bitmapOf(rows[0]?.ids);
  });
}

/** A sort index and its ORDER BY, either way (a page near the end is read backwards). */
export interface SortWalk {
  index: RawBuilder<unknown>;
  order: (reversed: boolean) => RawBuilder<unknown>;
}

/** The ids of the page (offset, limit) of the matched contributors in the sort's order. */
export async function walkedPage(
  db: Kysely<Database>,
  matched: MatchedIds,
  sort: SortWalk,
  page: { offset: number; limit: number },
): Promise<number[]> {
  const { offset, limit, reversed } = fromNearerEnd(page.offset, page.limit, matched.size);
  const { rows } = await sql<{ id: number }>`SELECT c.id FROM contributors c
    INDEXED BY ${sort.index}
    WHERE c.merged_into_id IS NULL AND substr(${matched.bitmap}, c.id + 1, 1) = x'01'
    ORDER BY ${sort.order(reversed)} LIMIT ${limit} OFFSET ${offset}`.execute(db);
  const ids = rows.map((row) => row.id);
  return reversed ? ids.reverse() : ids;
}
