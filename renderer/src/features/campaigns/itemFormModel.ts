import {
  nonShippingItemKinds,
  type ChannelInput,
  type RewardItem,
  type RewardItemKind,
} from '../../../../shared/contract';
import type { FormParse } from '../../components/useContractForm';
import type { I18n } from '../../i18n/I18nProvider';
import { moneyInputText, readMoney } from '../budget/lineEdits';

export interface ItemFormValues {
  name: string;
  kind: RewardItemKind;
  unitCost: string;
  shippingCost: string;
  ships: boolean;
}

export type ItemField = keyof ItemFormValues;
export type ItemErrors = Partial<Record<ItemField, string>>;

export const itemFieldOfPath: Readonly<Record<string, ItemField>> = {
  name: 'name',
  kind: 'kind',
  unitCostCents: 'unitCost',
  shippingCostCents: 'shippingCost',
  ships: 'ships',
};

/** Whether an item of this kind is posted: names in the credits, seats, visits and codes are not. */
export function shipsByDefault(kind: RewardItemKind): boolean {
  return !nonShippingItemKinds.includes(kind);
}

export function emptyItemValues(): ItemFormValues {
  return { name: '', kind: 'other', unitCost: '', shippingCost: '', ships: true };
}

export function itemValues(item: RewardItem, currency: string, locale: string): ItemFormValues {
  return {
    name: item.name,
    kind: item.kind,
    unitCost: moneyInputText(item.unitCostCents, currency, locale),
    shippingCost: moneyInputText(item.shippingCostCents, currency, locale),
    ships: item.ships,
  };
}

type ItemFields = Omit<ChannelInput<'items.create'>, 'projectId'>;

/** Text → cents; an empty cost is zero. Negative costs and the rest are the contract's call. */
export function toItemFields(
  values: ItemFormValues,
  currency: string,
  { t }: Pick<I18n, 't'>,
): FormParse<ItemFields, ItemField> {
  const errors: ItemErrors = {};
  const cost = (text: string, field: 'unitCost' | 'shippingCost'): number => {
    if (text.trim() === '') return 0;
    const cents = readMoney(text, currency);
    if (cents === null) errors[field] = t('campaigns.issues.money');
    return cents ?? 0;
  };
  const unitCostCents = cost(values.unitCost, 'unitCost');
  const shippingCostCents = cost(values.shippingCost, 'shippingCost');
  if (Object.keys(errors).length > 0) return { errors };
  return {
    fields: {
      name: values.name,
      kind: values.kind,
      unitCostCents,
      shippingCostCents,
      ships: values.ships,
    },
  };
}
