import type BetterSqlite3 from 'better-sqlite3';
import type { ImportChange } from '../../../shared/contract/imports';
import { foldForSort } from '../services/contributorSearchIndex';
import {
  contributorFields,
  type ContributorField,
  type ContributorValues,
  type ImportRecord,
} from './record';

type ContributorRow = Record<ContributorField, string | null> & {
  id: number;
  merged_into_id: number | null;
};

interface Touched {
  /** The platform's values over this import (the last non-empty one per field). */
  values: ContributorValues;
  isNew: boolean;
  /** Rows of this import naming this contributor. */
  rows: number;
}

const FIELD_LIST = contributorFields.join(', ');
// The sort keys are written with the name and city, so the search sync after the import finds
// them current instead of rewriting every new contributor (and its three sort indexes) again.
const INSERT_SQL = `INSERT INTO contributors (${FIELD_LIST}, sort_name, sort_city, created_at, updated_at)
  VALUES (${contributorFields.map((f) => `@${f}`).join(', ')}, @sort_name, @sort_city, @now, @now)`;
const UPDATE_SQL = `UPDATE contributors SET ${contributorFields.map((f) => `${f} = @${f}`).join(', ')},
  sort_name = @sort_name, sort_city = @sort_city, updated_at = @now
  WHERE id = @id`;

/** The folded sort keys of a row about to be written (as the search sync computes them). */
function withSortKeys<T extends Record<string, string | number | null>>(
  params: T,
): T & { sort_name: string; sort_city: string } {
  const text = (value: string | number | null | undefined) =>
    typeof value === 'string' ? value : '';
  return {
    ...params,
    sort_name: foldForSort(text(params.display_name)),
    sort_city: foldForSort(text(params.city)),
  };
}

function dbValue(field: ContributorField, value: string): string | null {
  return field === 'email' && value.trim() === '' ? null : value;
}

/**
 * Who a row is: the contributor with this platform identity, else the one the pledge already
 * belongs to (lists without ids), else the one with this email (any case), else a new one.
 * Field values are settled once per contributor at the end (`finish`), so a backer on several
 * rows is judged on the platform's final value, not row by row.
 */
export class ContributorResolver {
  private readonly touched = new Map<number, Touched>();
  created = 0;
  /** Contributors inserted or updated (see PledgeWriter.written: their search entries are due). */
  readonly written = new Set<number>();
  private readonly findIdentity: BetterSqlite3.Statement<
    [string, string],
    { contributor_id: number }
  >;
  private readonly mergedInto: BetterSqlite3.Statement<[number], { merged_into_id: number | null }>;
  private readonly findEmail: BetterSqlite3.Statement<[string], { id: number }>;
  private readonly insert: BetterSqlite3.Statement<Record<string, string | null>>;
  private readonly insertIdentity: BetterSqlite3.Statement<[number, string, string]>;
  private readonly select: BetterSqlite3.Statement<[number], ContributorRow>;
  private readonly update: BetterSqlite3.Statement<Record<string, string | number | null>>;
  private readonly snapshots: BetterSqlite3.Statement<
    [number, string],
    { field: string; value: string }
  >;
  private readonly saveSnapshot: BetterSqlite3.Statement<[number, string, string, string]>;
  private readonly dropSnapshot: BetterSqlite3.Statement<[number, string, string]>;

  constructor(
    sqlite: BetterSqlite3.Database,
    private readonly platform: string,
    private readonly now: string,
  ) {
    this.findIdentity = sqlite.prepare(
      'SELECT contributor_id FROM contributor_identities WHERE platform = ? AND external_id = ?',
    );
    this.mergedInto = sqlite.prepare('SELECT merged_into_id FROM contributors WHERE id = ?');
    this.findEmail = sqlite.prepare(
      'SELECT id FROM contributors WHERE email = ? COLLATE NOCASE AND merged_into_id IS NULL ORDER BY id LIMIT 1',
    );
    this.insert = sqlite.prepare(INSERT_SQL);
    this.insertIdentity = sqlite.prepare(
      'INSERT OR IGNORE INTO contributor_identities (contributor_id, platform, external_id) VALUES (?, ?, ?)',
    );
    this.select = sqlite.prepare(
      `SELECT id, merged_into_id, ${FIELD_LIST} FROM contributors WHERE id = ?`,
    );
    this.update = sqlite.prepare(UPDATE_SQL);
    this.snapshots = sqlite.prepare(
      'SELECT field, value FROM import_snapshots WHERE contributor_id = ? AND platform = ?',
    );
    this.saveSnapshot = sqlite.prepare(
      `INSERT INTO import_snapshots (contributor_id, platform, field, value) VALUES (?, ?, ?, ?)
       ON CONFLICT (contributor_id, platform, field) DO UPDATE SET value = excluded.value`,
    );
    this.dropSnapshot = sqlite.prepare(
      'DELETE FROM import_snapshots WHERE contributor_id = ? AND platform = ? AND field = ?',
    );
  }

  /** A merged contributor stands for the one it was merged into. */
  private survivor(id: number): number {
    let current = id;
    for (let hops = 0; hops < 50; hops += 1) {
      const next = this.mergedInto.get(current)?.merged_into_id ?? null;
      if (next === null) return current;
      current = next;
    }
    return current;
  }

  resolve(record: ImportRecord, pledgeContributorId: number | null): number {
    const externalId = record.contributorExternalId;
    const identity =
      externalId === null ? undefined : this.findIdentity.get(record.platform, externalId);
    const email = record.contributor.email?.trim() ?? '';
    let id: number | null = null;
    if (identity !== undefined) id = this.survivor(identity.contributor_id);
    else if (pledgeContributorId !== null) id = this.survivor(pledgeContributorId);
    else if (email !== '') id = this.findEmail.get(email)?.id ?? null;
    if (id === null) id = this.create(record.contributor);
    if (externalId !== null && identity === undefined)
      this.insertIdentity.run(id, record.platform, externalId);

    const touched = this.touched.get(id);
    if (touched === undefined) {
      this.touched.set(id, { values: { ...record.contributor }, isNew: false, rows: 1 });
    } else if (touched.rows++ === 0) {
      touched.values = { ...record.contributor };
    } else {
      for (const field of contributorFields) {
        const value = record.contributor[field];
        if (value === undefined) continue;
        if (value.trim() !== '' || touched.values[field] === undefined)
          touched.values[field] = value;
      }
    }
    return id;
  }

  private create(values: ContributorValues): number {
    const params: Record<string, string | null> = { now: this.now };
    for (const field of contributorFields) params[field] = dbValue(field, values[field] ?? '');
    const id = Number(this.insert.run(withSortKeys(params)).lastInsertRowid);
    this.written.add(id);
    this.created += 1;
    // Marked new before resolve() records the values, so finish() lists no "change" for it.
    this.touched.set(id, { values: {}, isNew: true, rows: 0 });
    return id;
  }

  /**
   * Settles every contributor this import touched, field by field, against the platform's value
   * at the previous import (the snapshot):
   * - same as the snapshot → the platform did not change it: keep Copro's value (maybe edited);
   * - different, or no snapshot → the platform's value wins (listed as a change when it differs);
   * - empty and no snapshot → the platform says nothing: keep Copro's value.
   * Then the snapshot becomes the platform's value. Returns the contributors that changed.
   */
  finish(onChange: (change: ImportChange) => void): Set<number> {
    const changedIds = new Set<number>();
    for (const [id, touched] of this.touched) {
      if (touched.isNew && touched.rows === 1) {
        // Created from this one row: the row holds exactly its values and there is no snapshot yet.
        for (const field of contributorFields) {
          const value = touched.values[field];
          if (value !== undefined && value !== '')
            this.saveSnapshot.run(id, this.platform, field, value);
        }
        continue;
      }
      const row = this.select.get(id);
      if (row === undefined) continue;
      const snapshot = new Map(
        this.snapshots.all(id, this.platform).map((s) => [s.field, s.value]),
      );
      const next: Record<string, string | number | null> = { id, now: this.now };
      for (const field of contributorFields) next[field] = row[field];
      const changes: ImportChange[] = [];
      for (const field of contributorFields) {
        const platformValue = touched.values[field];
        if (platformValue === undefined) continue;
        const before = snapshot.get(field);
        const current = row[field] ?? '';
        const platformChanged =
          before === undefined ? platformValue !== '' : before !== platformValue;
        if (platformChanged && current !== platformValue) {
          next[field] = dbValue(field, platformValue);
          changes.push({
            contributorId: id,
            contributor: row.display_name ?? '',
            field,
            from: current,
            to: platformValue,
          });
        }
        if (platformValue === '') {
          if (before !== undefined) this.dropSnapshot.run(id, this.platform, field);
        } else if (before !== platformValue) {
          this.saveSnapshot.run(id, this.platform, field, platformValue);
        }
      }
      if (changes.length === 0) continue;
      this.update.run(withSortKeys(next));
      this.written.add(id);
      if (touched.isNew) continue;
      changedIds.add(id);
      for (const change of changes) onChange(change);
    }
    return changedIds;
  }
}
