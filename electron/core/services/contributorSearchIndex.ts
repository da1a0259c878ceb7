import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** Letters that Unicode does not decompose into base + accent. */
const SPECIAL_FOLDS: Record<string, string> = {
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Case- and accent-insensitive key: "Émile Zoë" → "emile zoe", so É sorts with E, not after Z. */
export function foldForSort(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[æœøßłđðþı]/g, (letter) => SPECIAL_FOLDS[letter] ?? letter);
}

/**
 * Filter tokens of a contributor (see `facetToken`): `kfr` for the country, and for each pledge
 * `p<project>`, `c<campaign>`, `t<tier>` (main tier and add-on tiers), `s<status>`, and each of
 * them joined with the status (`c12scollected`), so "campaign 12, collected" is one token even
 * when the contributor has several pledges.
 */
const STATUS = sql.raw(`replace(k.payment_status, '_', '')`);
const FACETS_SQL = sql`(CASE WHEN c.country_code <> '' THEN 'k' || lower(c.country_code) ELSE '' END)
  || coalesce((
    SELECT group_concat(
      ' p' || ca.project_id || ' p' || ca.project_id || 's' || ${STATUS}
      || ' c' || k.campaign_id || ' c' || k.campaign_id || 's' || ${STATUS}
      || ' s' || ${STATUS}
      || coalesce(' t' || k.tier_id || ' t' || k.tier_id || 's' || ${STATUS}, '')
      || coalesce((SELECT group_concat(' t' || a.tier_id || ' t' || a.tier_id || 's' || ${STATUS}, '')
          FROM contribution_addons a WHERE a.contribution_id = k.id), ''),
      '')
    FROM contributions k JOIN campaigns ca ON ca.id = k.campaign_id
    WHERE k.contributor_id = c.id), '')`;

/** One filter token, as written by FACETS_SQL. */
export function facetToken(
  kind: 'country' | 'project' | 'campaign' | 'tier' | 'status',
  value: string | number,
  status?: string,
): string {
  const withStatus = status === undefined ? '' : `s${status.replace(/_/g, '')}`;
  switch (kind) {
    case 'country':
      return `k${String(value).toLowerCase()}`;
    case 'status':
      return `s${String(value).replace(/_/g, '')}`;
    case 'project':
      return `p${value}${withStatus}`;
    case 'campaign':
      return `c${value}${withStatus}`;
    case 'tier':
      return `t${value}${withStatus}`;
  }
}

interface PendingRow {
  id: number;
  display_name: string | null;
  city: string | null;
  sort_name: string | null;
  sort_city: string | null;
}

/** Rows per UPDATE … FROM (VALUES …): 3 parameters each, well under SQLite's limit. */
const CHUNK = 500;

async function refreshSortKeys(db: Kysely<Database>, rows: PendingRow[]): Promise<void> {
  const changed = rows
    .filter((row) => row.display_name !== null)
    .map((row) => ({
      id: row.id,
      name: foldForSort(row.display_name ?? ''),
      city: foldForSort(row.city ?? ''),
      before: row,
    }))
    .filter((row) => row.name !== row.before.sort_name || row.city !== row.before.sort_city);
  for (let start = 0; start < changed.length; start += CHUNK) {
    const values = sql.join(
      changed.slice(start, start + CHUNK).map((row) => sql`(${row.id}, ${row.name}, ${row.city})`),
    );
    await sql`UPDATE contributors SET sort_name = v.column2, sort_city = v.column3
      FROM (VALUES ${values}) AS v WHERE contributors.id = v.column1`.execute(db);
  }
}

/**
 * Brings the search index and sort keys up to date with the contributors noted as changed by
 * the triggers of migration 0002: one pass over the pending ids, in one transaction. Cheap when
 * nothing changed (one indexed read); after a 250,000-row import it rebuilds once.
 */
export async function syncContributorSearch(db: Kysely<Database>): Promise<number> {
  const any = await db
    .selectFrom('contributor_search_pending')
    .select('contributor_id')
    .limit(1)
    .execute();
  if (any.length === 0) return 0;
  try {
    return await syncPending(db);
  } catch (error) {
    // A workspace opened read-only searches the index as it was last brought up to date.
    if ((error as { code?: unknown }).code === 'SQLITE_READONLY') return 0;
    throw error;
  }
}

function syncPending(db: Kysely<Database>): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('contributor_search_pending as p')
      .leftJoin('contributors as c', 'c.id', 'p.contributor_id')
      .select(['p.contributor_id as id', 'c.display_name', 'c.city', 'c.sort_name', 'c.sort_city'])
      .execute();
    await refreshSortKeys(trx, rows);
    await sql`DELETE FROM contributor_search
      WHERE rowid IN (SELECT contributor_id FROM contributor_search_pending)`.execute(trx);
    await sql`INSERT INTO contributor_search (rowid, name, email, place, facets)
      SELECT c.id,
        c.display_name || ' ' || c.first_name || ' ' || c.last_name || ' ' || c.credit_name,
        coalesce(c.email, ''),
        c.postal_code || ' ' || c.city,
        ${FACETS_SQL}
      FROM contributor_search_pending p JOIN contributors c ON c.id = p.contributor_id
      WHERE c.merged_into_id IS NULL`.execute(trx);
    await trx.deleteFrom('contributor_search_pending').execute();
    return rows.length;
  });
}

/**
 * The FTS5 query for what a person typed: each word must match the start of a word of the
 * name, email or place, accents and case ignored ("hel dup" finds "Hélène Dupont"). Punctuation
 * splits words into a phrase, so "jean-luc.pic" finds jean-luc.picard@… . Null when nothing
 * searchable was typed.
 */
export function textQuery(text: string): string | null {
  const phrases: string[] = [];
  for (const word of text.normalize('NFC').split(/\s+/)) {
    const tokens = word.match(/[\p{L}\p{N}\p{M}]+/gu);
    // Tokens hold letters, digits and marks only: nothing FTS5 could read as syntax.
    if (tokens) phrases.push(`"${tokens.join(' ')}"*`);
  }
  return phrases.length > 0 ? `{name email place} : (${phrases.join(' AND ')})` : null;
}

/** Typed text and filter tokens as one FTS5 query; null when there is neither. */
export function searchExpression(text: string | null, facets: readonly string[]): string | null {
  const parts: string[] = [];
  if (text !== null) parts.push(text);
  if (facets.length > 0) parts.push(`facets : (${facets.join(' AND ')})`);
  return parts.length > 0 ? parts.join(' AND ') : null;
}
