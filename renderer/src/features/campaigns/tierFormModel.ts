import type { ChannelInput, RewardTier } from '../../../../shared/contract';
import type { Issue } from '../../../../shared/errors';
import { translateIssue, type Translator } from '../../../../shared/i18n';
import type { FormParse } from '../../components/useContractForm';
import type { I18n } from '../../i18n/I18nProvider';
import { moneyInputText, readMoney } from '../budget/lineEdits';

/** The tier form as typed: amounts and counts stay text until sent. */
export interface TierFormValues {
  title: string;
  description: string;
  minimum: string;
  limit: string;
  delivery: string;
  isAddon: boolean;
  /** The items the tier includes, with the quantity as typed. */
  items: { itemId: number; quantity: string }[];
}

export type TierField = keyof TierFormValues;
export type TierErrors = Partial<Record<TierField, string>>;

export const tierFieldOfPath: Readonly<Record<string, TierField>> = {
  title: 'title',
  description: 'description',
  minimumCents: 'minimum',
  quantityLimit: 'limit',
  estimatedDelivery: 'delivery',
  isAddon: 'isAddon',
  items: 'items',
};

/** The contract's delivery-month refusal is an English phrase: the form says it in the user's words. */
export function translateTierIssue(issue: Issue, translator: Translator): string {
  if (issue.path[0] === 'estimatedDelivery' && issue.message.startsWith('must be a month'))
    return translator.t('campaigns.issues.delivery');
  return translateIssue(issue, translator);
}

export function emptyTierValues(): TierFormValues {
  return {
    title: '',
    description: '',
    minimum: '',
    limit: '',
    delivery: '',
    isAddon: false,
    items: [],
  };
}

export function tierValues(tier: RewardTier, currency: string, locale: string): TierFormValues {
  return {
    title: tier.title,
    description: tier.description,
    minimum: moneyInputText(tier.minimumCents, currency, locale),
    limit: tier.quantityLimit === null ? '' : String(tier.quantityLimit),
    delivery: tier.estimatedDelivery ?? '',
    isAddon: tier.isAddon,
    items: tier.items.map((item) => ({ itemId: item.itemId, quantity: String(item.quantity) })),
  };
}

type TierFields = Omit<ChannelInput<'tiers.create'>, 'campaignId'>;

/**
 * Text → cents and counts. What cannot be read is said here; whether the values are acceptable
 * (a limit under the pledges already made, a bad delivery month…) is the contract's call.
 */
export function toTierFields(
  values: TierFormValues,
  currency: string,
  { t }: Pick<I18n, 't'>,
): FormParse<TierFields, TierField> {
  const errors: TierErrors = {};
  const minimumCents = values.minimum.trim() === '' ? 0 : readMoney(values.minimum, currency);
  if (minimumCents === null) errors.minimum = t('campaigns.issues.money');
  const limitText = values.limit.trim();
  const quantityLimit =
    limitText === '' ? null : /^\d{1,8}$/.test(limitText) ? Number(limitText) : NaN;
  if (Number.isNaN(quantityLimit)) errors.limit = t('campaigns.issues.count');
  const items = values.items.map((item) => ({
    itemId: item.itemId,
    quantity: /^\d{1,5}$/.test(item.quantity.trim()) ? Number(item.quantity.trim()) : NaN,
  }));
  if (items.some((item) => Number.isNaN(item.quantity)))
    errors.items = t('campaigns.issues.quantity');
  if (Object.keys(errors).length > 0 || minimumCents === null) return { errors };
  return {
    fields: {
      title: values.title,
      description: values.description,
      minimumCents,
      quantityLimit,
      estimatedDelivery: values.delivery.trim() === '' ? null : values.delivery.trim(),
      isAddon: values.isAddon,
      items,
    },
  };
}
