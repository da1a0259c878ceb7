import { createHash } from 'node:crypto';
import { genericFields, type GenericField } from '../../../../shared/contract/imports';
import { apiMessage, type LocalizedText } from '../../../../shared/errors';
import { HeaderIndex } from '../headers';
import type { IssueSink } from '../issues';
import type {
  ContributorField,
  ContributorValues,
  ImportRecord,
  PaymentStatus,
  RowReader,
  TierRef,
} from '../record';
import type { RowSource } from '../table';
import { MoneyReader, parseCountry, parseDate } from '../values';
import { statusReader, type Format, type FormatContext, type RecordMapper } from './types';

const STATUSES: Readonly<Record<string, PaymentStatus>> = {
  encaissé: 'collected',
  encaisse: 'collected',
  payé: 'collected',
  paye: 'collected',
  reçu: 'collected',
  recu: 'collected',
  collected: 'collected',
  paid: 'collected',
  completed: 'collected',
  promis: 'pledged',
  'en attente': 'pledged',
  pending: 'pledged',
  pledged: 'pledged',
  échoué: 'failed',
  echoue: 'failed',
  refusé: 'failed',
  refuse: 'failed',
  impayé: 'failed',
  annulé: 'failed',
  annule: 'failed',
  failed: 'failed',
  cancelled: 'failed',
  canceled: 'failed',
  'à rembourser': 'refund_due',
  'a rembourser': 'refund_due',
  'refund due': 'refund_due',
  remboursé: 'refunded',
  rembourse: 'refunded',
  refunded: 'refunded',
};
const readStatus = statusReader(null, STATUSES);

/** A tier cell that means "no reward". */
const NO_REWARD =
  /^(aucune?|sans( contrepartie)?|pas de contrepartie|néant|neant|none|no reward|-)$/i;

/** Text fields copied verbatim into the contributor. */
const TEXT_FIELDS: ReadonlyArray<readonly [GenericField, ContributorField]> = [
  ['firstName', 'first_name'],
  ['lastName', 'last_name'],
  ['phone', 'phone'],
  ['addressLine1', 'address_line1'],
  ['addressLine2', 'address_line2'],
  ['postalCode', 'postal_code'],
  ['city', 'city'],
  ['region', 'region'],
];

type Columns = Partial<Record<GenericField, number>>;

class GenericMapper implements RecordMapper {
  private readonly money: MoneyReader;

  constructor(
    private readonly col: Columns,
    private readonly ctx: FormatContext,
    private readonly seen: Map<string, number>,
    decimal: '.' | ',',
  ) {
    this.money = new MoneyReader(ctx.currency, decimal);
  }

  private optionalMoney(r: RowReader, column: number | undefined): number {
    if (column === undefined || r.trimmed(column) === '') return 0;
    return r.read(column, (t) => this.money.read(t), 0);
  }

  map(r: RowReader): ImportRecord | null {
    const c = this.col;
    const contributor: ContributorValues = {};
    if (c.email !== undefined) contributor.email = r.trimmed(c.email);
    for (const [field, column] of TEXT_FIELDS) {
      if (c[field] !== undefined) contributor[column] = r.text(c[field]);
    }
    if (c.country !== undefined) contributor.country_code = r.read(c.country, parseCountry, '');
    if (c.language !== undefined) contributor.language = r.trimmed(c.language).toLowerCase();
    const joined = [contributor.first_name ?? '', contributor.last_name ?? '']
      .filter((n) => n.trim() !== '')
      .join(' ');
    contributor.display_name = r.text(c.displayName) || joined || (contributor.email ?? '');
    if (contributor.display_name === '') {
      r.failRow(apiMessage('apiErrors.imports.noNameNoEmail'));
    }
    const amountCents = r.read(c.amount, (t) => this.money.read(t), 0);
    const pledgedAt = r.read(c.pledgedAt, (t) => parseDate(t, this.ctx.dateOrder), '');
    const status =
      c.status === undefined || r.trimmed(c.status) === ''
        ? 'collected'
        : r.read(c.status, readStatus, 'pledged');
    const contributorExternalId = r.trimmed(c.contributorExternalId);
    const record: ImportRecord = {
      file: r.source.file,
      line: r.row.line,
      platform: this.ctx.campaignPlatform,
      contributorExternalId: contributorExternalId === '' ? null : contributorExternalId,
      contributor,
      pledge: {
        externalId: '',
        amountCents,
        bonusCents: this.optionalMoney(r, c.bonus),
        shippingCents: this.optionalMoney(r, c.shipping),
        pledgedAt,
        status,
        notes: r.text(c.notes),
        tier: this.tier(r),
        addons: [],
      },
    };
    if (r.bad) return null;
    record.pledge.externalId = r.trimmed(c.externalId) || this.syntheticId(record);
    return record;
  }

  /**
   * A list kept by hand has no pledge ids, yet re-importing it must update, not duplicate: the id
   * is derived from who, when and how much (and the rank among identical rows), so the same row
   * gets the same id each time.
   */
  private syntheticId(record: ImportRecord): string {
    const who = (record.contributor.email || record.contributor.display_name || '').toLowerCase();
    const key = `${who}\u0000${record.pledge.pledgedAt}\u0000${record.pledge.amountCents}`;
    const rank = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, rank);
    const hash = createHash('sha1').update(key).digest('hex').slice(0, 16);
    return rank === 1 ? `row:${hash}` : `row:${hash}#${rank}`;
  }

  private tier(r: RowReader): TierRef | null {
    const id = r.trimmed(this.col.tierExternalId);
    const title = r.text(this.col.tier).trim();
    if (id === '' && (title === '' || NO_REWARD.test(title))) return null;
    return {
      externalId: id === '' ? null : id,
      title: title || `Reward ${id}`,
      minimumCents: null,
      isAddon: false,
    };
  }
}

/** The generic importer: every field read from the column the mapping names. */
export function genericFormat(ctx: FormatContext): Format {
  const seen = new Map<string, number>();
  return {
    mapper(source: RowSource, sink: IssueSink) {
      const headers = new HeaderIndex(source.headers);
      const columns: Columns = {};
      let complete = true;
      const headerIssue = (message: LocalizedText) => {
        complete = false;
        sink.add({ file: source.file, line: source.headerLine, column: null, message });
      };
      for (const field of genericFields) {
        const header = ctx.mapping[field];
        if (header === undefined) continue;
        const index = headers.find(header);
        if (index === undefined) {
          headerIssue(apiMessage('apiErrors.imports.mappedColumnMissing', { field, header }));
        } else {
          columns[field] = index;
        }
      }
      if (columns.amount === undefined && ctx.mapping.amount === undefined) {
        headerIssue(apiMessage('apiErrors.imports.noAmountColumn'));
      }
      if (columns.pledgedAt === undefined && ctx.mapping.pledgedAt === undefined) {
        headerIssue(apiMessage('apiErrors.imports.noDateColumn'));
      }
      const who = ['displayName', 'firstName', 'lastName', 'email'] as const;
      if (who.every((field) => ctx.mapping[field] === undefined)) {
        headerIssue(apiMessage('apiErrors.imports.noWhoColumn'));
      }
      // French Excel saves `;`-separated CSV with decimal commas.
      const decimal = ctx.decimal ?? (source.delimiter === ';' ? ',' : '.');
      return complete ? new GenericMapper(columns, ctx, seen, decimal) : null;
    },
  };
}
