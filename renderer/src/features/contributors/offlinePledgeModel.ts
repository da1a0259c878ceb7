import type {
  ChannelInput,
  ContributorSearchRow,
  PaymentMethod,
  RewardTier,
} from '../../../../shared/contract';
import type { Issue } from '../../../../shared/errors';
import type { Translator } from '../../../../shared/i18n';
import type { FormParse } from '../../components/useContractForm';
import type { I18n } from '../../i18n/I18nProvider';
import { readMoney } from '../budget/lineEdits';
import { translateContributorIssue } from './issues';

/** A contributor typed in with the pledge: the few fields an assistant has from a cheque. */
export const newContributorFields = [
  'displayName',
  'email',
  'addressLine1',
  'postalCode',
  'city',
  'countryCode',
] as const;
export type NewContributorField = (typeof newContributorFields)[number];

/** The form as typed: the amount stays text until sent. */
export interface OfflineValues {
  mode: 'existing' | 'new';
  existing: Pick<ContributorSearchRow, 'id' | 'displayName'> | null;
  person: Record<NewContributorField, string>;
  amount: string;
  date: string;
  method: PaymentMethod;
  status: 'collected' | 'pledged';
  reference: string;
  notes: string;
}

export type OfflineField =
  | 'contributor'
  | NewContributorField
  | 'project'
  | 'campaign'
  | 'tier'
  | 'amount'
  | 'date'
  | 'method'
  | 'status'
  | 'reference'
  | 'notes';

export type OfflineErrors = Partial<Record<OfflineField, string>>;
export type OfflineInput = ChannelInput<'contributions.add'>;

const fieldOfPath: Readonly<Record<string, OfflineField>> = {
  contributorId: 'contributor',
  campaignId: 'campaign',
  currency: 'campaign',
  tierId: 'tier',
  amountCents: 'amount',
  bonusCents: 'amount',
  shippingCents: 'amount',
  pledgedAt: 'date',
  paymentMethod: 'method',
  paymentStatus: 'status',
  externalId: 'reference',
  notes: 'notes',
};

function isNewContributorField(name: string | number | undefined): name is NewContributorField {
  return newContributorFields.some((field) => field === name);
}

export function offlineFieldOf(path: readonly (string | number)[]): OfflineField | undefined {
  const [head, sub] = path;
  if (head === 'contributor') return isNewContributorField(sub) ? sub : 'contributor';
  return typeof head === 'string' ? fieldOfPath[head] : undefined;
}

/** The pledge refusals of the contract in the user's language (tier minimum, sold out…). */
export function offlineIssue(tier: RewardTier | undefined, currency: string, i18n: I18n) {
  return (issue: Issue, translator: Translator): string => {
    const { t } = translator;
    if (issue.message.startsWith('must be at least the tier minimum') && tier) {
      return t('contributors.issues.belowMinimum', {
        amount: i18n.format.money(tier.minimumCents, currency),
      });
    }
    if (issue.message.startsWith('no place left')) return t('contributors.issues.soldOut');
    if (issue.message.startsWith('already the reference'))
      return t('contributors.issues.referenceTaken');
    if (/^campaign \d+ failed$/.test(issue.message)) return t('contributors.issues.campaignFailed');
    return translateContributorIssue(issue, translator);
  };
}

/**
 * Text → the contract's input. Only what cannot be sent is checked here (no contributor chosen,
 * no campaign, an amount that is not one); whether the pledge is acceptable is the contract's call.
 */
export function toOfflineInput(
  values: OfflineValues,
  campaign: { id: number; currency: string } | undefined,
  tierId: number | null,
  t: Translator['t'],
): FormParse<OfflineInput, OfflineField> {
  const errors: OfflineErrors = {};
  if (values.mode === 'existing' && values.existing === null) {
    errors.contributor = t('contributors.issues.chooseContributor');
  }
  if (!campaign) errors.campaign = t('contributors.issues.chooseCampaign');
  const amountCents = campaign ? readMoney(values.amount, campaign.currency) : null;
  if (campaign && amountCents === null) errors.amount = t('contributors.issues.money');
  if (!campaign || amountCents === null || Object.keys(errors).length > 0) return { errors };

  const who =
    values.mode === 'existing' && values.existing !== null
      ? { contributorId: values.existing.id }
      : { contributor: { ...values.person } };
  const reference = values.reference.trim();
  return {
    fields: {
      campaignId: campaign.id,
      ...who,
      tierId,
      amountCents,
      currency: campaign.currency,
      pledgedAt: values.date,
      paymentMethod: values.method,
      paymentStatus: values.status,
      externalId: reference === '' ? null : reference,
      notes: values.notes,
    },
  };
}
