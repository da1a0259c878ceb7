import { useEffect, useRef, useState } from 'react';
import type { ContributorDetail } from '../../../../shared/contract';
import { useQuery } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/useI18n';
import { Icon } from '../../shell/icons';
import { ContactCard } from './ContactCard';
import { ContactForm } from './ContactForm';
import { clearFlash, peekFlash } from './flash';
import { listHref, type ListState } from './listState';
import { MergeDialog } from './MergeDialog';
import { OfflinePledgeDialog } from './OfflinePledgeDialog';
import { PledgeCard } from './PledgeCard';

interface ContributorDetailViewProps {
  id: number;
  /** The list's search and filters, kept for the way back. */
  listState: ListState;
  projectId: number | undefined;
}

type Open = 'none' | 'edit' | 'merge' | 'add';

/** Another cheque usually follows the last pledge: its project is offered first. */
function latestPledgeProject(contributor: ContributorDetail): number | undefined {
  let latest: ContributorDetail['pledges'][number] | undefined;
  for (const pledge of contributor.pledges) {
    if (!latest || pledge.pledgedAt > latest.pledgedAt) latest = pledge;
  }
  return latest?.projectId;
}

/**
 * One contributor: contact and address (editable), platform identities, and every pledge
 * across projects with its rewards to send; merge a duplicate, add an offline pledge.
 */
export function ContributorDetailView({ id, listState, projectId }: ContributorDetailViewProps) {
  const { t } = useI18n();
  const detail = useQuery('contributors.get', { id });
  const [open, setOpen] = useState<Open>('none');
  const [notice, setNotice] = useState(() => peekFlash(id));
  useEffect(() => clearFlash(), []);
  const heading = useRef<HTMLHeadingElement>(null);
  const contributor = detail.data;
  const loaded = contributor !== undefined;

  // A new contributor on screen: the keyboard (and a screen reader) starts at its name.
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [id, loaded]);

  const back = (
    <a className="back-link" href={listHref(listState)}>
      ← {t('contributors.detail.back')}
    </a>
  );

  if (!contributor) {
    return (
      <div className="page contributor-page">
        {back}
        {detail.error?.code === 'not_found' ? (
          <p className="notice notice-error">{t('contributors.detail.notFound')}</p>
        ) : detail.error ? (
          <ErrorNotice error={detail.error} onRetry={detail.reload} />
        ) : (
          <p className="loading">{t('app.loading')}</p>
        )}
      </div>
    );
  }

  const showNotice = (text: string) => setNotice({ id, text });
  return (
    <div className="page contributor-page">
      {back}
      <header className="page-header">
        <div>
          <h1 ref={heading} tabIndex={-1} className="page-title">
            {contributor.displayName}
          </h1>
          <p className="page-subtitle">
            {t('contributors.detail.pledgeCount', { count: contributor.pledges.length })}
          </p>
        </div>
        <div className="detail-actions">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setOpen('merge')}
          >
            {t('contributors.merge.open')}
          </button>
          <button type="button" className="button button-primary" onClick={() => setOpen('add')}>
            <Icon name="plus" />
            {t('contributors.addPledge')}
          </button>
        </div>
      </header>
      {contributor.mergedIntoId !== null && (
        <div className="notice notice-error">
          <p>{t('contributors.detail.mergedInto')}</p>
          <a href={listHref(listState, contributor.mergedIntoId)}>
            {t('contributors.detail.openKept')}
          </a>
        </div>
      )}
      {notice?.id === id && (
        <p className="notice notice-success" role="status">
          {notice.text}
        </p>
      )}
      <div className="detail-columns">
        <div className="detail-side">
          {open === 'edit' ? (
            <ContactForm
              contributor={contributor}
              onDone={(saved) => {
                setOpen('none');
                if (saved)
                  showNotice(t('contributors.detail.saved', { name: contributor.displayName }));
              }}
            />
          ) : (
            <section className="panel" aria-labelledby="contact-heading">
              <div className="section-head">
                <h2 id="contact-heading" className="panel-title">
                  {t('contributors.detail.contact')}
                </h2>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => setOpen('edit')}
                  disabled={contributor.mergedIntoId !== null}
                >
                  {t('contributors.detail.edit')}
                </button>
              </div>
              <ContactCard contributor={contributor} />
            </section>
          )}
          <section className="panel" aria-labelledby="identities-heading">
            <h2 id="identities-heading" className="panel-title">
              {t('contributors.detail.identities')}
            </h2>
            {contributor.identities.length === 0 ? (
              <p className="pledge-note">{t('contributors.detail.noIdentity')}</p>
            ) : (
              <ul className="identity-list">
                {contributor.identities.map((identity) => (
                  <li key={identity.id}>
                    <span className="tag">{identity.platform}</span>{' '}
                    <code>{identity.externalId}</code>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <section className="detail-pledges" aria-labelledby="pledges-heading">
          <h2 id="pledges-heading" className="section-title">
            {t('contributors.detail.pledges')}
          </h2>
          {contributor.pledges.length === 0 ? (
            <p className="pledge-note">{t('contributors.detail.pledgeCount', { count: 0 })}</p>
          ) : (
            contributor.pledges.map((pledge) => <PledgeCard key={pledge.id} pledge={pledge} />)
          )}
        </section>
      </div>
      {open === 'merge' && (
        <MergeDialog
          contributor={contributor}
          onClose={() => setOpen('none')}
          onMerged={(keepId, mergedName) => {
            setOpen('none');
            setNotice({ id: keepId, text: t('contributors.detail.merged', { name: mergedName }) });
            if (keepId !== id) window.location.hash = listHref(listState, keepId);
          }}
        />
      )}
      {open === 'add' && (
        <OfflinePledgeDialog
          projectId={latestPledgeProject(contributor) ?? projectId}
          contributor={contributor}
          onClose={() => setOpen('none')}
          onAdded={(_contributorId, message) => {
            setOpen('none');
            showNotice(message);
          }}
        />
      )}
    </div>
  );
}
