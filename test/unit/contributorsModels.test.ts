import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/i18n';
import {
  listHref,
  listQuery,
  parseListState,
  searchRequest,
  type ListState,
} from '../../renderer/src/features/contributors/listState';
import {
  offlineFieldOf,
  toOfflineInput,
  type OfflineValues,
} from '../../renderer/src/features/contributors/offlinePledgeModel';
import {
  contactUpdate,
  contactFieldOf,
} from '../../renderer/src/features/contributors/contactFormModel';

const { t } = createTranslator('en');

describe('the list state in the address', () => {
  it('survives a round trip through the hash query', () => {
    const state: ListState = {
      query: 'hélène dup',
      project: 'all',
      campaignId: 3,
      tierId: 12,
      paymentStatus: 'refund_due',
      country: 'BE',
      sort: { field: 'total', dir: 'desc' },
    };
    expect(parseListState(listQuery(state))).toEqual(state);
  });

  it('leaves the defaults out, so the plain list has a plain address', () => {
    const plain = parseListState('');
    expect(plain.project).toBe('current');
    expect(listQuery(plain)).toBe('');
    expect(listHref(plain)).toBe('#/contributors');
    expect(listHref({ ...plain, query: 'mar' }, 42)).toBe('#/contributors/42?q=mar');
  });

  it('ignores what it cannot read instead of failing', () => {
    const state = parseListState('project=-3&campaign=x&status=lost&country=france&sort=-height');
    expect(state).toMatchObject({
      project: 'current',
      campaignId: null,
      paymentStatus: null,
      country: null,
      sort: { field: 'name', dir: 'asc' },
    });
  });

  it('searches the current project by default and the whole workspace on demand', () => {
    const state = parseListState('q=%20mar%20&status=collected');
    expect(searchRequest(state, state.query, 7)).toEqual({
      query: 'mar',
      filters: { projectId: 7, paymentStatus: 'collected' },
      sort: { field: 'name', dir: 'asc' },
    });
    const everywhere = searchRequest({ ...state, project: 'all' }, '', 7);
    expect(everywhere).toEqual({ filters: { paymentStatus: 'collected' }, sort: state.sort });
  });
});

function offline(values: Partial<OfflineValues> = {}): OfflineValues {
  return {
    mode: 'existing',
    existing: { id: 5, displayName: 'Zoé Martin' },
    person: {
      displayName: '',
      email: '',
      addressLine1: '',
      postalCode: '',
      city: '',
      countryCode: '',
    },
    amount: '1 234,50',
    date: '2026-11-02',
    method: 'cheque',
    status: 'collected',
    reference: ' CHQ-1 ',
    notes: '',
    ...values,
  };
}

describe('an offline pledge as typed', () => {
  const campaign = { id: 9, currency: 'EUR' };

  it('reads "1 234,50" and "1,234.50" as the same cents', () => {
    for (const amount of ['1 234,50', '1,234.50', '1234.5']) {
      const result = toOfflineInput(offline({ amount }), campaign, null, t);
      expect('input' in result && result.input.amountCents).toBe(123450);
    }
  });

  it('sends the campaign, its currency, the tier and a trimmed reference', () => {
    const result = toOfflineInput(offline(), campaign, 4, t);
    expect(result).toEqual({
      input: {
        campaignId: 9,
        contributorId: 5,
        tierId: 4,
        amountCents: 123450,
        currency: 'EUR',
        pledgedAt: '2026-11-02',
        paymentMethod: 'cheque',
        paymentStatus: 'collected',
        externalId: 'CHQ-1',
        notes: '',
      },
    });
  });

  it('sends a new contributor instead of an id when one is typed in', () => {
    const person = { ...offline().person, displayName: 'Odile Chèque', city: 'Aubagne' };
    const result = toOfflineInput(offline({ mode: 'new', person }), campaign, null, t);
    expect('input' in result && result.input.contributor).toEqual(person);
    expect('input' in result && result.input.contributorId).toBeUndefined();
  });

  it('says what is missing before any call', () => {
    const result = toOfflineInput(offline({ existing: null, amount: 'ten' }), campaign, null, t);
    expect(result).toEqual({
      errors: {
        contributor: t('contributors.issues.chooseContributor'),
        amount: t('contributors.issues.money'),
      },
    });
    expect(toOfflineInput(offline(), undefined, null, t)).toEqual({
      errors: { campaign: t('contributors.issues.chooseCampaign') },
    });
  });

  it('places the contract’s issues beside the fields that caused them', () => {
    expect(offlineFieldOf(['amountCents'])).toBe('amount');
    expect(offlineFieldOf(['contributor', 'email'])).toBe('email');
    expect(offlineFieldOf(['contributor', 'phone'])).toBe('contributor');
    expect(offlineFieldOf(['externalId'])).toBe('reference');
    expect(offlineFieldOf(['somethingElse'])).toBeUndefined();
  });
});

describe('a contact correction', () => {
  it('sends only what changed', () => {
    const before = {
      displayName: 'Zoé Martin',
      firstName: 'Zoé',
      lastName: 'Martin',
      email: 'zoe@example.fr',
      phone: '',
      addressLine1: '1 rue A',
      addressLine2: '',
      postalCode: '13001',
      city: 'Marseille',
      region: '',
      countryCode: 'FR',
      language: 'fr',
      newsConsent: false,
      creditName: '',
      notes: '',
    };
    const after = { ...before, addressLine1: '12 rue des Lilas', city: 'Lyon', newsConsent: true };
    expect(contactUpdate(3, before, after)).toEqual({
      id: 3,
      addressLine1: '12 rue des Lilas',
      city: 'Lyon',
      newsConsent: true,
    });
    expect(contactFieldOf(['countryCode'])).toBe('countryCode');
    expect(contactFieldOf(['id'])).toBeUndefined();
  });
});
