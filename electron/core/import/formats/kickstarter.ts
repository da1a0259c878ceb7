import { apiMessage } from '../../../../shared/errors';
import { HeaderIndex } from '../headers';
import type { IssueSink } from '../issues';
import type { ContributorValues, ImportRecord, PaymentStatus, RowReader, TierRef } from '../record';
import type { RowSource } from '../table';
import { MoneyReader, parseCount, parseCountry, parseKickstarterDate } from '../values';
import {
  requireColumns,
  statusReader,
  type Format,
  type FormatContext,
  type RecordMapper,
} from './types';

/** Headers that only a Kickstarter backer report has: enough to recognize one. */
export function looksLikeKickstarter(headers: HeaderIndex): boolean {
  return (
    headers.has('Backer UID') || (headers.has('Backer Number') && headers.has('Pledge Amount'))
  );
}

const STATUSES: Readonly<Record<string, PaymentStatus>> = {
  '': 'pledged',
  pledged: 'pledged',
  collected: 'collected',
  dropped: 'failed',
  errored: 'failed',
  canceled: 'failed',
  cancelled: 'failed',
  refunded: 'refunded',
};
const readStatus = statusReader('Kickstarter', STATUSES);

/** "Fulfillment Status" (older reports: "Rewards Sent?") words that mean the rewards went out. */
const SENT: Readonly<Record<string, 'shipped' | 'delivered'>> = {
  sent: 'shipped',
  shipped: 'shipped',
  yes: 'shipped',
  fulfilled: 'shipped',
  delivered: 'delivered',
};

/** `[Addon: 7001] Extra poster` → id 7001, title "Extra poster". */
const ADDON_HEADER = /^\s*\[\s*add-?on\s*:?\s*([^\]]*?)\s*\]\s*(.*)$/i;

/** The "no reward" pledge is a pledge without a tier. */
const NO_REWARD = /^(no reward|pas de contrepartie|aucune|none)$/i;

function columns(headers: HeaderIndex) {
  return {
    backerNumber: headers.find('Backer Number', 'Backer #'),
    backerUid: headers.find('Backer UID', 'Backer Id'),
    name: headers.find('Backer Name', 'Name'),
    email: headers.find('Email', 'Backer Email'),
    shippingCountry: headers.find('Shipping Country'),
    shippingAmount: headers.find('Shipping Amount'),
    rewardTitle: headers.find('Reward Title', 'Reward'),
    rewardMinimum: headers.find('Backing Minimum', 'Reward Minimum'),
    rewardId: headers.find('Reward ID'),
    bonus: headers.find('Bonus Support'),
    amount: headers.find('Pledge Amount'),
    pledgedAt: headers.find('Pledged At'),
    status: headers.find('Pledged Status', 'Pledge Status'),
    notes: headers.find('Notes'),
    survey: headers.find('Survey Response'),
    address1: headers.find('Shipping Address 1'),
    address2: headers.find('Shipping Address 2'),
    city: headers.find('Shipping City'),
    state: headers.find('Shipping State'),
    postalCode: headers.find('Shipping Postal Code'),
    countryCode: headers.find('Shipping Country Code'),
    phone: headers.find('Shipping Phone Number', 'Shipping Phone'),
    deliveryNotes: headers.find('Shipping Delivery Notes'),
    fulfillment: headers.find('Fulfillment Status', 'Rewards Sent?', 'Rewards Sent'),
  };
}

function addonColumns(source: RowSource): { index: number; tier: TierRef }[] {
  const addons: { index: number; tier: TierRef }[] = [];
  source.headers.forEach((header, index) => {
    const m = ADDON_HEADER.exec(header);
    if (m === null) return;
    const id = (m[1] ?? '').trim();
    const title = (m[2] ?? '').trim();
    addons.push({
      index,
      tier: {
        externalId: id === '' ? null : id,
        title: title || `Add-on ${id}`,
        minimumCents: null,
        isAddon: true,
      },
    });
  });
  return addons;
}

class KickstarterMapper implements RecordMapper {
  private readonly col: ReturnType<typeof columns>;
  private readonly addons: { index: number; tier: TierRef }[];
  private readonly money: MoneyReader;

  constructor(source: RowSource, headers: HeaderIndex, ctx: FormatContext) {
    this.col = columns(headers);
    this.addons = addonColumns(source);
    // Kickstarter writes `€1,234.00` / `$1,234.00` whatever the backer's country.
    this.money = new MoneyReader(ctx.currency, '.');
  }

  private optionalMoney(r: RowReader, column: number | undefined): number {
    if (column === undefined || r.trimmed(column) === '') return 0;
    return r.read(column, (t) => this.money.read(t), 0);
  }

  map(r: RowReader): ImportRecord | null {
    const c = this.col;
    const uid = r.trimmed(c.backerUid);
    const number = r.trimmed(c.backerNumber);
    const externalId = uid !== '' ? uid : number;
    if (externalId === '') {
      r.fail(c.backerUid ?? c.backerNumber ?? 0, apiMessage('apiErrors.imports.backerNoId'));
    }
    const amountCents = r.read(c.amount, (t) => this.money.read(t), 0);
    const pledgedAt = r.read(c.pledgedAt, parseKickstarterDate, '');
    const status = c.status === undefined ? 'collected' : r.read(c.status, readStatus, 'pledged');
    const countryColumn = c.countryCode ?? c.shippingCountry;
    const contributor: ContributorValues = { display_name: r.text(c.name) };
    if (c.email !== undefined) contributor.email = r.trimmed(c.email);
    if (c.phone !== undefined) contributor.phone = r.text(c.phone);
    if (c.address1 !== undefined) contributor.address_line1 = r.text(c.address1);
    if (c.address2 !== undefined) contributor.address_line2 = r.text(c.address2);
    if (c.postalCode !== undefined) contributor.postal_code = r.text(c.postalCode);
    if (c.city !== undefined) contributor.city = r.text(c.city);
    if (c.state !== undefined) contributor.region = r.text(c.state);
    if (countryColumn !== undefined)
      contributor.country_code = r.read(countryColumn, parseCountry, '');
    if (contributor.display_name === '') contributor.display_name = contributor.email ?? '';
    if (contributor.display_name === '')
      r.fail(c.name ?? c.email ?? 0, apiMessage('apiErrors.imports.backerNoName'));

    const addons: { tier: TierRef; quantity: number }[] = [];
    for (const addon of this.addons) {
      const quantity = r.read(addon.index, parseCount, 0);
      if (quantity > 0) addons.push({ tier: addon.tier, quantity });
    }
    const notes = [r.text(c.notes), r.text(c.survey), r.text(c.deliveryNotes)].filter(
      (n) => n.trim() !== '',
    );
    const record: ImportRecord = {
      file: r.source.file,
      line: r.row.line,
      platform: 'kickstarter',
      contributorExternalId: uid !== '' ? uid : null,
      contributor,
      pledge: {
        externalId,
        amountCents,
        bonusCents: this.optionalMoney(r, c.bonus),
        shippingCents: this.optionalMoney(r, c.shippingAmount),
        pledgedAt,
        status,
        notes: notes.join('\n'),
        tier: this.tier(r),
        addons,
      },
    };
    const sent = SENT[r.trimmed(c.fulfillment).toLowerCase()];
    if (sent !== undefined) record.pledge.fulfillment = sent;
    return r.bad ? null : record;
  }

  private tier(r: RowReader): TierRef | null {
    const c = this.col;
    const id = r.trimmed(c.rewardId);
    const title = r.text(c.rewardTitle).trim();
    if (id === '' && (title === '' || NO_REWARD.test(title))) return null;
    const minimumCents =
      c.rewardMinimum === undefined || r.trimmed(c.rewardMinimum) === ''
        ? null
        : r.read<number | null>(c.rewardMinimum, (t) => this.money.read(t), null);
    return {
      externalId: id === '' ? null : id,
      title: title || `Reward ${id}`,
      minimumCents,
      isAddon: false,
    };
  }
}

export function kickstarterFormat(ctx: FormatContext): Format {
  return {
    mapper(source: RowSource, sink: IssueSink) {
      const headers = new HeaderIndex(source.headers);
      const c = columns(headers);
      const complete = requireColumns(source, sink, [
        {
          header: 'Backer UID',
          alternative: 'Backer Number',
          index: c.backerUid ?? c.backerNumber,
        },
        { header: 'Backer Name', alternative: 'Email', index: c.name ?? c.email },
        { header: 'Pledge Amount', index: c.amount },
        { header: 'Pledged At', index: c.pledgedAt },
      ]);
      return complete ? new KickstarterMapper(source, headers, ctx) : null;
    },
  };
}
