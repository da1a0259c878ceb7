import { useState } from 'react';
import type { ContributorDetail, ContributorSearchRow } from '../../../../shared/contract';
import { mutate, toApiError, useQuery, type ApiError } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/useI18n';
import { ContributorPicker } from './ContributorPicker';
import { Dialog } from './Dialog';

interface MergeDialogProps {
  contributor: ContributorDetail;
  onClose: () => void;
  /** Done: `keepId` is the record that stays, `mergedName` the one that went into it. */
  onMerged: (keepId: number, mergedName: string) => void;
}

type FillKey = 'email' | 'phone' | 'address' | 'language' | 'creditName' | 'firstName' | 'lastName';

const SIMPLE_FILLS = ['firstName', 'lastName', 'email', 'phone', 'language', 'creditName'] as const;

function blank(value: string | null): boolean {
  return value === null || value.trim() === '';
}

function hasAddress(contributor: ContributorDetail): boolean {
  return [
    contributor.addressLine1,
    contributor.addressLine2,
    contributor.postalCode,
    contributor.city,
  ].some((value) => !blank(value));
}

/**
 * The kept record's empty fields the duplicate fills, by the service's rule (an address moves
 * as a whole, only into a record without one): shown before the merge, so nothing is a surprise.
 */
function fillsOf(keep: ContributorDetail, merge: ContributorDetail): FillKey[] {
  const fills: FillKey[] = SIMPLE_FILLS.filter(
    (field) => blank(keep[field]) && !blank(merge[field]),
  );
  if (!hasAddress(keep) && hasAddress(merge)) fills.push('address');
  return fills;
}

/** "Merge with…": find the duplicate, choose which record stays, see what moves, confirm. */
export function MergeDialog({ contributor, onClose, onMerged }: MergeDialogProps) {
  const { t } = useI18n();
  const [other, setOther] = useState<ContributorSearchRow | null>(null);
  const [keepThis, setKeepThis] = useState(true);
  const [failure, setFailure] = useState<ApiError>();
  const [merging, setMerging] = useState(false);
  const otherDetail = useQuery('contributors.get', other === null ? null : { id: other.id });

  const loaded = otherDetail.data;
  const keep = loaded && (keepThis ? contributor : loaded);
  const merge = loaded && (keepThis ? loaded : contributor);

  async function confirm() {
    if (!keep || !merge) return;
    setMerging(true);
    setFailure(undefined);
    try {
      await mutate('contributors.merge', { keepId: keep.id, mergeId: merge.id });
      onMerged(keep.id, merge.displayName);
    } catch (caught) {
      setFailure(toApiError(caught));
      setMerging(false);
    }
  }

  // Duplicates often share a name: then each is told apart by its email (or city).
  const sameName = other !== null && other.displayName === contributor.displayName;
  const labelOf = (who: { displayName: string; email: string | null; city: string }) =>
    sameName ? `${who.displayName} (${who.email ?? who.city})` : who.displayName;

  const fieldLabel = (fill: FillKey) =>
    fill === 'address' ? t('contributors.detail.address') : t(`contributors.contactForm.${fill}`);

  return (
    <Dialog
      title={t('contributors.merge.title', { name: contributor.displayName })}
      onClose={onClose}
    >
      {failure && (
        <ErrorNotice
          error={failure}
          summary={(message) => t('contributors.merge.failed', { message })}
        />
      )}
      {other === null ? (
        <ContributorPicker
          label={t('contributors.merge.find')}
          placeholder={t('contributors.merge.findPlaceholder')}
          excludeId={contributor.id}
          onPick={setOther}
          autoFocus
        />
      ) : (
        <div className="merge-preview">
          <fieldset className="merge-keep">
            <legend className="field-label">{t('contributors.merge.keep')}</legend>
            {[contributor, other].map((who, index) => (
              <label key={index} className="checkbox">
                <input
                  type="radio"
                  name="merge-keep"
                  checked={keepThis === (index === 0)}
                  onChange={() => setKeepThis(index === 0)}
                />
                {t('contributors.merge.keepThis', { name: who.displayName })}
                <span className="merge-meta">
                  {[who.email, who.city].filter(Boolean).join(' · ')}
                </span>
              </label>
            ))}
          </fieldset>
          {otherDetail.error && (
            <ErrorNotice error={otherDetail.error} onRetry={otherDetail.reload} />
          )}
          {!keep || !merge ? (
            <p className="loading">{t('contributors.merge.loading')}</p>
          ) : (
            <ul className="merge-moves" aria-live="polite">
              <li>
                {t('contributors.merge.moves', {
                  count: merge.pledges.length,
                  keep: labelOf(keep),
                })}
              </li>
              <li>
                {t('contributors.merge.identitiesMove', {
                  count: merge.identities.length,
                  keep: labelOf(keep),
                })}
              </li>
              <li>
                {fillsOf(keep, merge).length === 0
                  ? t('contributors.merge.noFills', { keep: labelOf(keep) })
                  : t('contributors.merge.fills', {
                      keep: labelOf(keep),
                      merge: labelOf(merge),
                      fields: fillsOf(keep, merge).map(fieldLabel).join(', '),
                    })}
              </li>
              <li>
                {t('contributors.merge.after', {
                  keep: labelOf(keep),
                  merge: labelOf(merge),
                })}
              </li>
            </ul>
          )}
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('contributors.merge.cancel')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={!keep || !merge || merging}
          onClick={() => void confirm()}
        >
          {t('contributors.merge.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
