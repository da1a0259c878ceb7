import type { ChannelInput, ContributorDetail } from '../../../../shared/contract';

/** The contact fields a person corrects; the contract's names, so its issues land beside them. */
export const contactTextFields = [
  'displayName',
  'firstName',
  'lastName',
  'email',
  'phone',
  'addressLine1',
  'addressLine2',
  'postalCode',
  'city',
  'region',
  'countryCode',
  'language',
  'creditName',
  'notes',
] as const;

export type ContactTextField = (typeof contactTextFields)[number];
export type ContactField = ContactTextField | 'newsConsent';

export type ContactValues = Record<ContactTextField, string> & { newsConsent: boolean };

export function contactValuesOf(contributor: ContributorDetail): ContactValues {
  return {
    displayName: contributor.displayName,
    firstName: contributor.firstName,
    lastName: contributor.lastName,
    email: contributor.email ?? '',
    phone: contributor.phone,
    addressLine1: contributor.addressLine1,
    addressLine2: contributor.addressLine2,
    postalCode: contributor.postalCode,
    city: contributor.city,
    region: contributor.region,
    countryCode: contributor.countryCode,
    language: contributor.language,
    newsConsent: contributor.newsConsent,
    creditName: contributor.creditName,
    notes: contributor.notes,
  };
}

/** Only what changed is sent: the change log then records exactly what the person corrected. */
export function contactUpdate(
  id: number,
  before: ContactValues,
  after: ContactValues,
): ChannelInput<'contributors.update'> {
  const update: ChannelInput<'contributors.update'> = { id };
  for (const field of contactTextFields) {
    if (after[field] !== before[field]) update[field] = after[field];
  }
  if (after.newsConsent !== before.newsConsent) update.newsConsent = after.newsConsent;
  return update;
}

const contactFields: readonly ContactField[] = [...contactTextFields, 'newsConsent'];

function isContactField(name: string): name is ContactField {
  return contactFields.some((field) => field === name);
}

export function contactFieldOf(path: readonly (string | number)[]): ContactField | undefined {
  const head = path[0];
  return typeof head === 'string' && isContactField(head) ? head : undefined;
}
