import type { Kysely } from 'kysely';
import type {
  Contributor,
  ContributorDetail,
  ContributorFields,
  ParsedInput,
  PaymentStatus,
} from '../../../shared/contract';
import { AppError, apiMessage } from '../../../shared/errors';
import type { ContributorRow, Database } from '../db/schema';
import { audit, diff } from './audit';
import { linesByContribution } from './fulfillmentLines';
import { notFound } from './ownership';

/** Contract field → column, for the fields a person can type. */
const COLUMNS = {
  displayName: 'display_name',
  firstName: 'first_name',
  lastName: 'last_name',
  email: 'email',
  phone: 'phone',
  addressLine1: 'address_line1',
  addressLine2: 'address_line2',
  postalCode: 'postal_code',
  city: 'city',
  region: 'region',
  countryCode: 'country_code',
  language: 'language',
  newsConsent: 'news_consent',
  creditName: 'credit_name',
  notes: 'notes',
} as const satisfies Record<keyof ContributorFields, keyof ContributorRow>;

type ContributorPatch = {
  -readonly [K in (typeof COLUMNS)[keyof typeof COLUMNS]]?: ContributorRow[K];
};

/** Column values for the fields present in `fields` (absent fields stay untouched). */
export function contributorColumns(fields: Partial<ContributorFields>): ContributorPatch {
  const patch: ContributorPatch = {};
  for (const [field, column] of Object.entries(COLUMNS) as [
    keyof ContributorFields,
    keyof ContributorPatch,
  ][]) {
    const value = fields[field];
    if (value === undefined) continue;
    (patch as Record<string, unknown>)[column] =
      typeof value === 'boolean' ? (value ? 1 : 0) : value;
  }
  return patch;
}

export function toContributor(row: ContributorRow): Contributor {
  return {
    id: row.id,
    displayName: row.display_name,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    phone: row.phone,
    addressLine1: row.address_line1,
    addressLine2: row.address_line2,
    postalCode: row.postal_code,
    city: row.city,
    region: row.region,
    countryCode: row.country_code,
    language: row.language,
    newsConsent: row.news_consent === 1,
    creditName: row.credit_name,
    notes: row.notes,
    mergedIntoId: row.merged_into_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function contributorRow(
  db: Kysely<Database>,
  id: number,
  field = 'id',
): Promise<ContributorRow> {
  const row = await db
    .selectFrom('contributors')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Contributor', id, field);
  return row;
}

function refuseMerged(row: ContributorRow, field: string): void {
  if (row.merged_into_id === null) return;
  throw new AppError(
    'conflict',
    apiMessage('apiErrors.contributorMerged', {
      id: String(row.id),
      name: row.display_name,
      intoId: String(row.merged_into_id),
    }),
    [
      {
        path: [field],
        message: apiMessage('apiErrors.contributorMergedField', {
          id: String(row.id),
          intoId: String(row.merged_into_id),
        }),
      },
    ],
  );
}

export async function getContributor(db: Kysely<Database>, id: number): Promise<ContributorDetail> {
  const row = await contributorRow(db, id);
  const identities = await db
    .selectFrom('contributor_identities')
    .select(['id', 'platform', 'external_id'])
    .where('contributor_id', '=', id)
    .orderBy('platform')
    .orderBy('id')
    .execute();
  const pledges = await db
    .selectFrom('contributions as k')
    .innerJoin('campaigns as ca', 'ca.id', 'k.campaign_id')
    .innerJoin('projects as p', 'p.id', 'ca.project_id')
    .leftJoin('reward_tiers as t', 't.id', 'k.tier_id')
    .select([
      'k.id',
      'p.id as project_id',
      'p.title as project_title',
      'ca.id as campaign_id',
      'ca.title as campaign_title',
      'ca.platform',
      'ca.currency',
      'k.tier_id',
      't.title as tier_title',
      'k.amount_cents',
      'k.payment_status',
      'k.refunded_cents',
      'k.refunded_on',
      'k.pledged_at',
      'k.external_id',
    ])
    .where('k.contributor_id', '=', id)
    .orderBy('k.pledged_at', 'desc')
    .orderBy('k.id', 'desc')
    .execute();
  const lines = await linesByContribution(
    db,
    pledges.map((p) => p.id),
  );
  return {
    ...toContributor(row),
    identities: identities.map((i) => ({
      id: i.id,
      platform: i.platform,
      externalId: i.external_id,
    })),
    pledges: pledges.map((p) => ({
      id: p.id,
      projectId: p.project_id,
      projectTitle: p.project_title,
      campaignId: p.campaign_id,
      campaignTitle: p.campaign_title,
      platform: p.platform,
      currency: p.currency,
      tierId: p.tier_id,
      tierTitle: p.tier_title,
      amountCents: p.amount_cents,
      paymentStatus: p.payment_status as PaymentStatus,
      refundedCents: p.refunded_cents,
      refundedOn: p.refunded_on,
      pledgedAt: p.pledged_at,
      externalId: p.external_id,
      fulfillment: lines.get(p.id) ?? [],
    })),
  };
}

/** A contributor typed in by a person (an offline contribution); refuses an email already known. */
export async function createContributor(
  db: Kysely<Database>,
  fields: Partial<ContributorFields> & { displayName: string },
  field: string,
): Promise<number> {
  if (fields.email) {
    const existing = await db
      .selectFrom('contributors')
      .select(['id', 'display_name'])
      .where('email', '=', fields.email)
      .where('merged_into_id', 'is', null)
      .executeTakeFirst();
    if (existing) {
      throw new AppError(
        'conflict',
        apiMessage('apiErrors.emailTaken', {
          email: fields.email,
          id: String(existing.id),
          name: existing.display_name,
        }),
        [
          {
            path: [field, 'email'],
            message: apiMessage('apiErrors.emailTakenField', { id: String(existing.id) }),
          },
        ],
      );
    }
  }
  const now = new Date().toISOString();
  const { id } = await db
    .insertInto('contributors')
    .values({
      ...contributorColumns(fields),
      display_name: fields.displayName,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit(db, 'contributor', id, 'create', { display_name: fields.displayName });
  return id;
}

export async function updateContributor(
  db: Kysely<Database>,
  input: ParsedInput<'contributors.update'>,
): Promise<ContributorDetail> {
  await db.transaction().execute(async (trx) => {
    const before = await contributorRow(trx, input.id);
    refuseMerged(before, 'id');
    const patch = contributorColumns(input);
    const changes = diff(before, patch);
    if (Object.keys(changes).length === 0) return;
    await trx
      .updateTable('contributors')
      .set({ ...patch, updated_at: new Date().toISOString() })
      .where('id', '=', input.id)
      .execute();
    await audit(trx, 'contributor', input.id, 'update', changes);
  });
  return getContributor(db, input.id);
}

const SIMPLE_FILLS = [
  'first_name',
  'last_name',
  'email',
  'phone',
  'language',
  'credit_name',
] as const;
/** An address is filled as a whole, never mixed from two people's records. */
const ADDRESS = [
  'address_line1',
  'address_line2',
  'postal_code',
  'city',
  'region',
  'country_code',
] as const;

function isEmpty(value: string | null): boolean {
  return value === null || value.trim() === '';
}

/** What the kept contributor takes from the duplicate: its empty fields, and the notes of both. */
function fillsFrom(keep: ContributorRow, merge: ContributorRow): ContributorPatch {
  const patch: ContributorPatch = {};
  for (const column of SIMPLE_FILLS) {
    if (isEmpty(keep[column]) && !isEmpty(merge[column])) patch[column] = merge[column] ?? '';
  }
  const keepHasAddress = ['address_line1', 'address_line2', 'postal_code', 'city'].some(
    (column) => !isEmpty(keep[column as (typeof ADDRESS)[number]]),
  );
  if (!keepHasAddress) {
    for (const column of ADDRESS) {
      if (!isEmpty(merge[column])) patch[column] = merge[column];
    }
  }
  if (!isEmpty(merge.notes)) {
    patch.notes = isEmpty(keep.notes) ? merge.notes : `${keep.notes}\n${merge.notes}`;
  }
  return patch;
}

/**
 * Merges a duplicate into the contributor kept: its identities, pledges and import snapshots
 * move over, the kept one's empty fields are filled from it, and the duplicate only points to
 * the kept one from then on (so does anything merged into it before). One transaction, logged.
 */
export async function mergeContributors(
  db: Kysely<Database>,
  input: ParsedInput<'contributors.merge'>,
): Promise<ContributorDetail> {
  if (input.keepId === input.mergeId) {
    throw new AppError(
      'validation',
      apiMessage('apiErrors.mergeWithItself', { id: String(input.keepId) }),
      [{ path: ['mergeId'], message: apiMessage('apiErrors.mergeWithItselfField') }],
    );
  }
  await db.transaction().execute(async (trx) => {
    const keep = await contributorRow(trx, input.keepId, 'keepId');
    const merge = await contributorRow(trx, input.mergeId, 'mergeId');
    refuseMerged(keep, 'keepId');
    refuseMerged(merge, 'mergeId');
    const now = new Date().toISOString();
    const fills = fillsFrom(keep, merge);
    const filled = diff(keep, fills);
    if (Object.keys(filled).length > 0) {
      await trx
        .updateTable('contributors')
        .set({ ...fills, updated_at: now })
        .where('id', '=', keep.id)
        .execute();
    }
    const identities = await trx
      .updateTable('contributor_identities')
      .set({ contributor_id: keep.id })
      .where('contributor_id', '=', merge.id)
      .executeTakeFirst();
    const pledges = await trx
      .updateTable('contributions')
      .set({ contributor_id: keep.id, updated_at: now })
      .where('contributor_id', '=', merge.id)
      .executeTakeFirst();
    // The kept contributor's own snapshot of a platform field wins over the duplicate's.
    await trx
      .insertInto('import_snapshots')
      .columns(['contributor_id', 'platform', 'field', 'value'])
      .expression((eb) =>
        eb
          .selectFrom('import_snapshots')
          .select([eb.val(keep.id).as('contributor_id'), 'platform', 'field', 'value'])
          .where('contributor_id', '=', merge.id),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
    await trx.deleteFrom('import_snapshots').where('contributor_id', '=', merge.id).execute();
    await trx
      .updateTable('contributors')
      .set({ merged_into_id: keep.id, updated_at: now })
      .where((eb) => eb.or([eb('id', '=', merge.id), eb('merged_into_id', '=', merge.id)]))
      .execute();
    await audit(trx, 'contributor', keep.id, 'merge', {
      merged_id: merge.id,
      merged_name: merge.display_name,
      identities_moved: Number(identities.numUpdatedRows),
      pledges_moved: Number(pledges.numUpdatedRows),
      filled,
    });
    await audit(trx, 'contributor', merge.id, 'merge', { merged_into_id: [null, keep.id] });
  });
  return getContributor(db, input.keepId);
}
