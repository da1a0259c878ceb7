import { apiMessage } from '../../../../shared/errors';
import { HeaderIndex } from '../headers';
import type { IssueSink } from '../issues';
import type { ContributorValues, ImportRecord, PaymentStatus, RowReader, TierRef } from '../record';
import type { RowSource } from '../table';
import { MoneyReader, parseCount, parseCountry, parseRfc3339 } from '../values';
import {
  requireColumns,
  statusReader,
  type Format,
  type FormatContext,
  type RecordMapper,
} from './types';

/** Ulule's dotted keys (`order.id`, `user.email`) are unlike any other export. */
export function looksLikeUlule(headers: HeaderIndex): boolean {
  return headers.has('order.id') || (headers.has('order.total') && headers.has('user.email'));
}

const STATUSES: Readonly<Record<string, PaymentStatus>> = {
  'payment-completed': 'collected',
  'payment-done': 'collected',
  completed: 'collected',
  'payment-pending': 'pledged',
  'payment-in-progress': 'pledged',
  'awaiting-payment': 'pledged',
  pending: 'pledged',
  'payment-failed': 'failed',
  'payment-invalid': 'failed',
  'payment-error': 'failed',
  cancelled: 'failed',
  canceled: 'failed',
  'payment-cancelled': 'failed',
  'payment-to-reimburse': 'refund_due',
  'to-reimburse': 'refund_due',
  'payment-reimbursed': 'refunded',
  reimbursed: 'refunded',
  refunded: 'refunded',
};
const readStatus = statusReader('Ulule', STATUSES);

const ADDRESS_PARTS = [
  ['first_name', 'first_name'],
  ['last_name', 'last_name'],
  ['address_1', 'address_line1'],
  ['address_2', 'address_line2'],
  ['postal_code', 'postal_code'],
  ['city', 'city'],
  ['state', 'region'],
  ['phone_number', 'phone'],
] as const;

type AddressField = (typeof ADDRESS_PARTS)[number][1];

/** Columns of one address (`shipping_address.*` or `billing_address.*`) that the file has. */
function addressColumns(h: HeaderIndex, prefix: string): Partial<Record<AddressField, number>> {
  const columns: Partial<Record<AddressField, number>> = {};
  for (const [part, field] of ADDRESS_PARTS) {
    const aliases = part === 'phone_number' ? [`${prefix}.phone`] : [];
    const index = h.find(`${prefix}.${part}`, ...aliases);
    if (index !== undefined) columns[field] = index;
  }
  return columns;
}

function columns(h: HeaderIndex) {
  return {
    orderId: h.find('order.id'),
    userId: h.find('user.id', 'user.username'),
    lang: h.find('user.lang', 'user.language'),
    fullName: h.find('user.full_name', 'user.name'),
    email: h.find('user.email'),
    shipping: addressColumns(h, 'shipping_address'),
    shippingCountry: h.find('shipping_address.country', 'shipping_address.country_code'),
    billing: addressColumns(h, 'billing_address'),
    billingCountry: h.find('billing_address.country', 'billing_address.country_code'),
    rewardId: h.find('order.reward.id'),
    rewardTitle: h.find('order.reward.description', 'order.reward.title', 'order.reward.name'),
    rewardPrice: h.find('order.reward.price'),
    rewardQuantity: h.find('order.reward.quantity'),
    shippingAmount: h.find('order.shipping', 'order.shipping_price', 'order.shipping_amount'),
    total: h.find('order.total', 'order.amount'),
    status: h.find('order.status'),
    createdAt: h.find('order.created_at', 'order.date'),
    note: h.find('order.note', 'order.comment'),
  };
}

class UluleMapper implements RecordMapper {
  private readonly col: ReturnType<typeof columns>;
  private readonly money: MoneyReader;

  constructor(headers: HeaderIndex, ctx: FormatContext) {
    this.col = columns(headers);
    this.money = new MoneyReader(ctx.currency, '.');
  }

  /** The shipping address when the order has one (a physical reward), else the billing one. */
  private address(r: RowReader): ContributorValues {
    const c = this.col;
    const hasShipping = Object.values(c.shipping).some((index) => r.trimmed(index) !== '');
    const parts = hasShipping ? c.shipping : c.billing;
    const countryColumn = hasShipping ? c.shippingCountry : c.billingCountry;
    const values: ContributorValues = {};
    for (const [, field] of ADDRESS_PARTS) {
      const index = parts[field];
      if (index !== undefined) values[field] = r.text(index);
    }
    if (countryColumn !== undefined) values.country_code = r.read(countryColumn, parseCountry, '');
    return values;
  }

  map(r: RowReader): ImportRecord | null {
    const c = this.col;
    const orderId = r.required(c.orderId, apiMessage('apiErrors.imports.orderIdMissing'));
    const userId = r.trimmed(c.userId);
    const address = this.address(r);
    const fullName = r.text(c.fullName);
    const joined = [address.first_name ?? '', address.last_name ?? '']
      .filter((n) => n.trim() !== '')
      .join(' ');
    const email = r.trimmed(c.email);
    const contributor: ContributorValues = {
      ...address,
      display_name: fullName || joined || email,
    };
    if (c.email !== undefined) contributor.email = email;
    if (c.lang !== undefined) contributor.language = r.trimmed(c.lang).toLowerCase();
    if (contributor.display_name === '')
      r.fail(c.fullName ?? c.email ?? 0, apiMessage('apiErrors.imports.orderNoName'));

    const quantity =
      c.rewardQuantity === undefined ? 1 : Math.max(1, r.read(c.rewardQuantity, parseCount, 1));
    const tier = this.tier(r);
    const record: ImportRecord = {
      file: r.source.file,
      line: r.row.line,
      platform: 'ulule',
      contributorExternalId: userId === '' ? null : userId,
      contributor,
      pledge: {
        externalId: orderId,
        amountCents: r.read(c.total, (t) => this.money.read(t), 0),
        bonusCents: 0,
        shippingCents:
          c.shippingAmount === undefined || r.trimmed(c.shippingAmount) === ''
            ? 0
            : r.read(c.shippingAmount, (t) => this.money.read(t), 0),
        pledgedAt: r.read(c.createdAt, parseRfc3339, ''),
        status: r.read(c.status, readStatus, 'pledged'),
        notes: r.text(c.note),
        tier,
        // Two of the same reward: the tier once, the extra copies as an add-on line of that tier.
        addons: tier !== null && quantity > 1 ? [{ tier, quantity: quantity - 1 }] : [],
      },
    };
    return r.bad ? null : record;
  }

  private tier(r: RowReader): TierRef | null {
    const c = this.col;
    const id = r.trimmed(c.rewardId);
    const title = r.text(c.rewardTitle).trim();
    if (id === '' && title === '') return null;
    const minimumCents =
      c.rewardPrice === undefined || r.trimmed(c.rewardPrice) === ''
        ? null
        : r.read<number | null>(c.rewardPrice, (t) => this.money.read(t), null);
    return {
      externalId: id === '' ? null : id,
      title: title || `Reward ${id}`,
      minimumCents,
      isAddon: false,
    };
  }
}

export function ululeFormat(ctx: FormatContext): Format {
  return {
    mapper(source: RowSource, sink: IssueSink) {
      const headers = new HeaderIndex(source.headers);
      const c = columns(headers);
      const complete = requireColumns(source, sink, [
        { header: 'order.id', index: c.orderId },
        { header: 'user.full_name', alternative: 'user.email', index: c.fullName ?? c.email },
        { header: 'order.total', index: c.total },
        { header: 'order.status', index: c.status },
        { header: 'order.created_at', index: c.createdAt },
      ]);
      return complete ? new UluleMapper(headers, ctx) : null;
    },
  };
}
