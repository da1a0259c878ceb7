import type {
  CampaignModel,
  CampaignPlatform,
  ChannelInput,
  PlatformPreset,
} from '../../../../shared/contract';
import type { Issue } from '../../../../shared/errors';
import { parsePercentToBp, translateIssue, type Translator } from '../../../../shared/i18n';
import type { ApiError } from '../../api';
import type { I18n } from '../../i18n/I18nProvider';
import { moneyInputText, readMoney } from '../budget/lineEdits';

/** The form as typed: amounts and percentages stay text until sent. */
export interface CampaignFormValues {
  title: string;
  platform: CampaignPlatform;
  currency: string;
  model: CampaignModel;
  goal: string;
  startsOn: string;
  endsOn: string;
  commission: string;
  payment: string;
  fixedFee: string;
  maxDuration: string;
}

export type CampaignField = keyof CampaignFormValues;
export type CampaignErrors = Partial<Record<CampaignField, string>>;
export type CampaignInput = ChannelInput<'campaigns.create'>;

const fieldOfPath: Readonly<Record<string, CampaignField>> = {
  title: 'title',
  platform: 'platform',
  currency: 'currency',
  model: 'model',
  goalCents: 'goal',
  startsOn: 'startsOn',
  endsOn: 'endsOn',
  commissionBp: 'commission',
  paymentBp: 'payment',
  paymentFixedCents: 'fixedFee',
  maxDurationDays: 'maxDuration',
};

/** The platform's usual fees and longest duration, as the inputs show them. */
export function presetValues(
  preset: PlatformPreset | undefined,
  currency: string,
  i18n: Pick<I18n, 'format' | 'locale'>,
): Pick<CampaignFormValues, 'commission' | 'payment' | 'fixedFee' | 'maxDuration'> {
  if (!preset) return { commission: '', payment: '', fixedFee: '', maxDuration: '' };
  return {
    commission: i18n.format.percentBpInput(preset.commissionBp),
    payment: i18n.format.percentBpInput(preset.paymentBp),
    fixedFee: moneyInputText(preset.paymentFixedCents, currency, i18n.locale),
    maxDuration: String(preset.maxDurationDays),
  };
}

/**
 * Text → cents and basis points. An empty fee field is left out, so the server fills it from
 * the platform's preset; whether the values are acceptable is the contract's call.
 */
export function toCampaignInput(
  values: CampaignFormValues,
  project: { id: number; currency: string },
  t: Translator['t'],
): { input: CampaignInput } | { errors: CampaignErrors } {
  const errors: CampaignErrors = {};
  // Amounts are read in the project's currency: another one is refused by the contract anyway.
  const currency = project.currency;
  const typedCurrency = values.currency.trim();
  const goalCents = readMoney(values.goal, currency);
  if (goalCents === null) errors.goal = t('financing.issues.money');
  const optionalBp = (text: string, field: CampaignField): number | undefined => {
    if (text.trim() === '') return undefined;
    const bp = parsePercentToBp(text);
    if (bp === null) errors[field] = t('issues.percentFormat');
    return bp ?? undefined;
  };
  const commissionBp = optionalBp(values.commission, 'commission');
  const paymentBp = optionalBp(values.payment, 'payment');
  let paymentFixedCents: number | undefined;
  if (values.fixedFee.trim() !== '') {
    const fee = readMoney(values.fixedFee, currency);
    if (fee === null) errors.fixedFee = t('financing.issues.money');
    paymentFixedCents = fee ?? undefined;
  }
  let maxDurationDays: number | undefined;
  if (values.maxDuration.trim() !== '') {
    if (/^\d{1,5}$/.test(values.maxDuration.trim())) maxDurationDays = Number(values.maxDuration);
    else errors.maxDuration = t('financing.issues.days');
  }
  if (goalCents === null || Object.keys(errors).length > 0) return { errors };
  return {
    input: {
      projectId: project.id,
      title: values.title,
      platform: values.platform,
      ...(typedCurrency === '' ? {} : { currency: typedCurrency }),
      model: values.model,
      goalCents,
      startsOn: values.startsOn === '' ? null : values.startsOn,
      endsOn: values.endsOn === '' ? null : values.endsOn,
      ...(commissionBp === undefined ? {} : { commissionBp }),
      ...(paymentBp === undefined ? {} : { paymentBp }),
      ...(paymentFixedCents === undefined ? {} : { paymentFixedCents }),
      ...(maxDurationDays === undefined ? {} : { maxDurationDays }),
    },
  };
}

/**
 * The server's cap refusal beside the goal: its `goalCents` issue says the cap and the room left,
 * money already formatted in the workspace's language (the UI's).
 */
export function capExceededMessage(issue: Issue | undefined): string | null {
  return issue !== undefined && issue.path[0] === 'goalCents' ? issue.message : null;
}

/** The contract's issues beside their fields (the cap refusal beside the goal). */
export function campaignErrorsFromFailure(
  error: ApiError,
  i18n: I18n,
): { fields: CampaignErrors; unplaced: string[] } {
  const fields: CampaignErrors = {};
  const unplaced: string[] = [];
  for (const issue of error.issues) {
    const head = issue.path[0];
    const field = typeof head === 'string' ? fieldOfPath[head] : undefined;
    const capMessage = error.code === 'cap_exceeded' ? capExceededMessage(issue) : null;
    const message = capMessage ?? translateIssue(issue, i18n);
    if (field && fields[field] === undefined) fields[field] = message;
    else if (!field) unplaced.push(message);
  }
  // A cap refusal always belongs to the goal, even if its issue lost its path.
  if (error.code === 'cap_exceeded' && fields.goal === undefined) fields.goal = error.message;
  return { fields, unplaced };
}
