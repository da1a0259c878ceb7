import { describe, expect, it } from 'vitest';
import type { ImportChange } from '../../shared/contract';
import { createFormatters, createTranslator } from '../../shared/i18n';
import { changeText } from '../../shared/i18n/importChanges';

function i18n(language: 'en' | 'fr') {
  return { ...createTranslator(language), format: createFormatters(language) };
}

function change(field: string, from: string, to: string): ImportChange {
  return { contributorId: 1, contributor: 'Adèle Martin', field, from, to };
}

describe('the import changes table', () => {
  it('names a contributor field in the user language, not by its column', () => {
    expect(changeText(change('address_line1', '1 rue A', '2 rue B'), i18n('fr'), 'EUR')).toEqual({
      field: 'Adresse',
      from: '1 rue A',
      to: '2 rue B',
    });
    expect(changeText(change('country_code', 'FR', 'BE'), i18n('en'), 'EUR').field).toBe('Country');
  });

  it('names the pledge, shows its amounts as money and its status by label', () => {
    const amount = changeText(
      change('pledge 1234: amount_cents', '6500', '7000'),
      i18n('en'),
      'EUR',
    );
    expect(amount).toEqual({ field: 'Pledge 1234: Amount', from: '€65.00', to: '€70.00' });
    const status = changeText(
      change('pledge 1234: payment_status', 'pledged', 'collected'),
      i18n('fr'),
      'EUR',
    );
    expect(status.field).toBe('Contribution 1234 : Statut du paiement');
    expect([status.from, status.to]).toEqual(['Promise', 'Encaissée']);
  });

  it('keeps a field it does not know as the import named it', () => {
    const unknown = changeText(change('pledge 9: something_new', 'a', 'b'), i18n('en'), 'EUR');
    expect(unknown).toEqual({ field: 'Pledge 9: something_new', from: 'a', to: 'b' });
  });
});
