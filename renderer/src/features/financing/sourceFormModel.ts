import type {
  ChannelInput,
  FinancingKind,
  FinancingSource,
  FinancingStatus,
} from '../../../../shared/contract';
import type { Issue } from '../../../../shared/errors';
import { translateIssue, type Translator } from '../../../../shared/i18n';
import { moneyInputText, readMoney } from '../budget/lineEdits';

/** The form as typed: the amount stays text until sent, dates are the date inputs' ISO text. */
export interface SourceFormValues {
  kind: FinancingKind;
  counterparty: string;
  amount: string;
  status: FinancingStatus;
  expectedOn: string;
  receivedOn: string;
  notes: string;
}

export type SourceField = keyof SourceFormValues;
export type SourceErrors = Partial<Record<SourceField, string>>;

/** What both addSource and updateSource accept (the project or the id is added by the caller). */
export type SourceFields = Omit<ChannelInput<'financing.addSource'>, 'projectId'>;

const fieldOfPath: Readonly<Record<string, SourceField>> = {
  kind: 'kind',
  counterparty: 'counterparty',
  amountCents: 'amount',
  currency: 'amount',
  status: 'status',
  expectedOn: 'expectedOn',
  receivedOn: 'receivedOn',
  notes: 'notes',
};

export function newSourceValues(): SourceFormValues {
  return {
    kind: 'producer',
    counterparty: '',
    amount: '',
    status: 'planned',
    expectedOn: '',
    receivedOn: '',
    notes: '',
  };
}

export function sourceValues(source: FinancingSource, currency: string, locale: string) {
  return {
    kind: source.kind,
    counterparty: source.counterparty,
    amount: moneyInputText(source.amountCents, currency, locale),
    status: source.status,
    expectedOn: source.expectedOn ?? '',
    receivedOn: source.receivedOn ?? '',
    notes: source.notes,
  } satisfies SourceFormValues;
}

/** The amount text → cents; only that step is checked here, the rest is the contract's call. */
export function toSourceFields(
  values: SourceFormValues,
  currency: string,
  t: Translator['t'],
): { fields: SourceFields } | { errors: SourceErrors } {
  const amountCents = readMoney(values.amount, currency);
  if (amountCents === null) return { errors: { amount: t('financing.issues.money') } };
  return {
    fields: {
      kind: values.kind,
      counterparty: values.counterparty,
      amountCents,
      status: values.status,
      expectedOn: values.expectedOn === '' ? null : values.expectedOn,
      // A received date only belongs to a received source.
      receivedOn:
        values.status === 'received' && values.receivedOn !== '' ? values.receivedOn : null,
      notes: values.notes,
    },
  };
}

/** The contract's issues placed beside their fields; those naming no field are returned apart. */
export function sourceErrorsFromIssues(
  issues: readonly Issue[],
  translator: Translator,
): { fields: SourceErrors; unplaced: string[] } {
  const fields: SourceErrors = {};
  const unplaced: string[] = [];
  for (const issue of issues) {
    const head = issue.path[0];
    const field = typeof head === 'string' ? fieldOfPath[head] : undefined;
    const message = translateIssue(issue, translator);
    if (field && fields[field] === undefined) fields[field] = message;
    else if (!field) unplaced.push(message);
  }
  return { fields, unplaced };
}

/** How a source is named in labels: its counterparty, or its kind when none was typed. */
export function sourceName(source: FinancingSource, t: Translator['t']): string {
  return source.counterparty.trim() || t(`financing.kinds.${source.kind}`);
}
