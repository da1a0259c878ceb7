import type { ImportChange } from '../contract';
import type { Formatters } from './format';
import type { Translator } from './translate';
import type { PlainMessageKey } from './types';

/** What the labels need of the i18n context: its translations and its formatters. */
export type ChangeI18n = Pick<Translator, 't'> & { format: Formatters };

/**
 * The import reports a change by the stored column's name (`address_line1`, or
 * `pledge 1234: amount_cents` for a pledge) and its raw value: what the changes table shows
 * instead, in the user's language, with amounts as money and statuses by their label.
 */

const CONTRIBUTOR_FIELDS: Readonly<Record<string, PlainMessageKey>> = {
  display_name: 'imports.fields.displayName',
  first_name: 'imports.fields.firstName',
  last_name: 'imports.fields.lastName',
  email: 'imports.fields.email',
  phone: 'imports.fields.phone',
  address_line1: 'imports.fields.addressLine1',
  address_line2: 'imports.fields.addressLine2',
  postal_code: 'imports.fields.postalCode',
  city: 'imports.fields.city',
  region: 'imports.fields.region',
  country_code: 'imports.fields.country',
  language: 'imports.fields.language',
};

const PLEDGE_FIELDS: Readonly<Record<string, PlainMessageKey>> = {
  contributor_id: 'imports.changes.pledgeFields.contributor',
  tier_id: 'imports.fields.tier',
  amount_cents: 'imports.fields.amount',
  bonus_cents: 'imports.fields.bonus',
  shipping_cents: 'imports.fields.shipping',
  pledged_at: 'imports.fields.pledgedAt',
  payment_status: 'imports.fields.status',
  refunded_cents: 'imports.changes.pledgeFields.refunded',
  refunded_on: 'imports.changes.pledgeFields.refundedOn',
  notes: 'imports.fields.notes',
  'add-ons': 'imports.changes.pledgeFields.addons',
  fulfillment: 'imports.changes.pledgeFields.fulfillment',
};

const STATUSES: Readonly<Record<string, PlainMessageKey>> = {
  pledged: 'contributors.statuses.pledged',
  collected: 'contributors.statuses.collected',
  failed: 'contributors.statuses.failed',
  refund_due: 'contributors.statuses.refund_due',
  refunded: 'contributors.statuses.refunded',
};

const PLEDGE_CHANGE = /^pledge (.+): ([\w-]+)$/;

export interface ChangeText {
  field: string;
  from: string;
  to: string;
}

/** The change as the table shows it; a field it does not know is shown as the import named it. */
export function changeText(change: ImportChange, i18n: ChangeI18n, currency: string): ChangeText {
  const { t, format } = i18n;
  const pledge = PLEDGE_CHANGE.exec(change.field);
  const column = pledge?.[2] ?? change.field;
  const key = pledge ? PLEDGE_FIELDS[column] : CONTRIBUTOR_FIELDS[column];
  const label = key ? t(key) : column;
  const field = pledge
    ? t('imports.changes.pledgeField', { id: pledge[1] ?? '', field: label })
    : label;

  const value = (raw: string): string => {
    if (raw === '') return raw;
    if (pledge && column.endsWith('_cents') && /^-?\d+$/.test(raw)) {
      return format.money(Number(raw), currency);
    }
    const status = column === 'payment_status' ? STATUSES[raw] : undefined;
    return status ? t(status) : raw;
  };
  // The fulfilment note is a fixed sentence of the import: said again in the user's language.
  if (pledge && column === 'fulfillment') {
    return {
      field,
      from: t('imports.changes.fulfillmentFrom'),
      to: t('imports.changes.fulfillmentTo'),
    };
  }
  return { field, from: value(change.from), to: value(change.to) };
}
