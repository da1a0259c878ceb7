import { useState } from 'react';
import { paymentMethods, type RewardTier } from '../../../../shared/contract';
import { mutate, useQuery } from '../../api';
import { Field } from '../../components/Field';
import { FormActions, FormFailure } from '../../components/FormFailure';
import { placeIssues, useContractForm } from '../../components/useContractForm';
import type { I18n } from '../../i18n/I18nProvider';
import { useI18n } from '../../i18n/useI18n';
import { useCurrentProject } from '../../shell/CurrentProject';
import { moneyInputText } from '../budget/lineEdits';
import { todayIso } from './dates';
import { Dialog } from './Dialog';
import {
  offlineFieldOf,
  offlineIssue,
  toOfflineInput,
  type OfflineValues,
} from './offlinePledgeModel';
import { OfflineContributorFields } from './OfflineContributorFields';

interface OfflinePledgeDialogProps {
  /** The project whose campaigns are offered first. */
  projectId: number | undefined;
  /** Set when the dialog opens from a contributor: the pledge is theirs. */
  contributor?: { id: number; displayName: string };
  onClose: () => void;
  onAdded: (contributorId: number, message: string) => void;
}

function tierLabel(tier: RewardTier, currency: string, i18n: I18n): string {
  const minimum = i18n.format.money(tier.minimumCents, currency);
  return tier.remaining === null
    ? i18n.t('contributors.offline.tierOption', { title: tier.title, minimum })
    : i18n.t('contributors.offline.tierOptionLeft', {
        title: tier.title,
        minimum,
        count: tier.remaining,
      });
}

/** "Add offline pledge": money received by cheque or transfer, for a campaign and a tier. */
export function OfflinePledgeDialog({
  projectId,
  contributor,
  onClose,
  onAdded,
}: OfflinePledgeDialogProps) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { projects } = useCurrentProject();
  const initialValues = (): OfflineValues => ({
    mode: 'existing',
    existing: contributor ?? null,
    person: {
      displayName: '',
      email: '',
      addressLine1: '',
      postalCode: '',
      city: '',
      countryCode: '',
    },
    amount: '',
    date: todayIso(),
    method: 'cheque',
    status: 'collected',
    reference: '',
    notes: '',
  });
  const [chosenProject, setChosenProject] = useState<number | null>(null);
  const [chosenCampaign, setChosenCampaign] = useState<number | null>(null);
  const [tierId, setTierId] = useState<number | null>(null);

  const projectList = projects.data ?? [];
  const project = projectList.find((p) => p.id === (chosenProject ?? projectId)) ?? projectList[0];
  const campaigns = useQuery('campaigns.list', project ? { projectId: project.id } : null);
  // A failed campaign takes no more pledges: it is not offered.
  const open = (campaigns.data ?? []).filter((campaign) => campaign.status !== 'failed');
  const campaign = open.find((c) => c.id === chosenCampaign) ?? open[0];
  const tiers = useQuery('tiers.list', campaign ? { campaignId: campaign.id } : null);
  const choosable = (tiers.data ?? []).filter((tier) => !tier.isAddon);
  const tier = choosable.find((candidate) => candidate.id === tierId);
  const currency = campaign?.currency ?? project?.currency ?? 'EUR';

  // The campaign and tier are read at submit: the parse and the refusal speak of the chosen ones.
  const { formProps, values, setValues, set, text, input, errors, failure, busy } = useContractForm(
    {
      initialValues,
      parse: (current) => toOfflineInput(current, campaign, tier?.id ?? null, t),
      send: async (input) => {
        const added = await mutate('contributions.add', input);
        const amount = i18n.format.money(added.amountCents, added.currency);
        onAdded(added.contributorId, t('contributors.detail.pledgeAdded', { amount }));
      },
      place: (error) =>
        placeIssues(error.issues, i18n, offlineFieldOf, offlineIssue(tier, currency, i18n)),
      // The contributor picker takes the keyboard itself (autoFocus); the dialog places it otherwise.
      firstControl: null,
    },
  );

  return (
    <Dialog title={t('contributors.offline.title')} onClose={onClose} className="offline-dialog">
      <form {...formProps} aria-label={t('contributors.offline.title')}>
        <FormFailure
          failure={failure}
          summary={(message) => t('contributors.offline.notSaved', { message })}
        />
        <OfflineContributorFields
          values={values}
          fixed={contributor}
          errors={errors}
          onChange={(update) => setValues((previous) => ({ ...previous, ...update(previous) }))}
        />
        <div className="form-grid offline-grid">
          <Field label={t('contributors.offline.project')} error={errors.project}>
            {(control) => (
              <select
                {...control}
                className="control"
                value={project?.id ?? ''}
                onChange={(event) => {
                  setChosenProject(Number(event.target.value));
                  setChosenCampaign(null);
                  setTierId(null);
                }}
              >
                {projectList.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('contributors.offline.campaign')}
            error={errors.campaign}
            hint={
              campaigns.data && open.length === 0 ? t('contributors.offline.noCampaign') : undefined
            }
          >
            {(control) => (
              <select
                {...control}
                className="control"
                value={campaign?.id ?? ''}
                onChange={(event) => {
                  setChosenCampaign(Number(event.target.value));
                  setTierId(null);
                }}
              >
                {open.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="form-span">
            <Field label={t('contributors.offline.tier')} error={errors.tier}>
              {(control) => (
                <select
                  {...control}
                  className="control"
                  value={tier?.id ?? ''}
                  onChange={(event) =>
                    setTierId(event.target.value === '' ? null : Number(event.target.value))
                  }
                >
                  <option value="">{t('contributors.offline.noTier')}</option>
                  {choosable.map((candidate) => (
                    <option
                      key={candidate.id}
                      value={candidate.id}
                      disabled={candidate.remaining === 0}
                    >
                      {tierLabel(candidate, currency, i18n)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <Field
            label={t('contributors.offline.amount')}
            hint={t('contributors.offline.amountHint', {
              currency,
              example: moneyInputText(123_450, currency, locale),
            })}
            error={errors.amount}
          >
            {(control) => <input {...control} {...input('amount', 'money')} />}
          </Field>
          <Field label={t('contributors.offline.date')} error={errors.date}>
            {(control) => <input {...control} className="control" type="date" {...text('date')} />}
          </Field>
          <Field label={t('contributors.offline.method')} error={errors.method}>
            {(control) => (
              <select
                {...control}
                className="control"
                value={values.method}
                onChange={(event) =>
                  set(
                    'method',
                    paymentMethods.find((method) => method === event.target.value) ?? 'other',
                  )
                }
              >
                {paymentMethods.map((method) => (
                  <option key={method} value={method}>
                    {t(`contributors.methods.${method}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('contributors.offline.status')} error={errors.status}>
            {(control) => (
              <select
                {...control}
                className="control"
                value={values.status}
                onChange={(event) =>
                  set('status', event.target.value === 'pledged' ? 'pledged' : 'collected')
                }
              >
                <option value="collected">{t('contributors.statuses.collected')}</option>
                <option value="pledged">{t('contributors.statuses.pledged')}</option>
              </select>
            )}
          </Field>
          <Field
            label={t('contributors.offline.reference')}
            hint={t('contributors.offline.referenceHint')}
            error={errors.reference}
          >
            {(control) => <input {...control} {...input('reference')} />}
          </Field>
          <Field label={t('contributors.offline.notes')} error={errors.notes}>
            {(control) => <input {...control} {...input('notes')} />}
          </Field>
        </div>
        <FormActions
          cancelLabel={t('contributors.offline.cancel')}
          submitLabel={t('contributors.offline.save')}
          onCancel={onClose}
          disabled={busy || !campaign}
        />
      </form>
    </Dialog>
  );
}
