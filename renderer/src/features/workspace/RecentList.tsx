import { useId } from 'react';
import type { RecentWorkspace } from '../../../../shared/contract';
import { useI18n } from '../../i18n/useI18n';

interface RecentListProps {
  entries: readonly RecentWorkspace[];
  disabled: boolean;
  onOpen: (entry: RecentWorkspace) => void;
}

function RecentItem({
  entry,
  disabled,
  onOpen,
}: { entry: RecentWorkspace } & Omit<RecentListProps, 'entries'>) {
  const { t, format } = useI18n();
  const detailId = useId();
  const status = entry.current
    ? t('workspace.openDialog.current')
    : entry.exists
      ? t('workspace.openDialog.lastOpened', { date: format.date(entry.lastOpenedAt) })
      : t('workspace.openDialog.missing');
  return (
    <li>
      <button
        type="button"
        className="recent-item"
        aria-label={t('workspace.openDialog.openRecent', { name: entry.name })}
        aria-describedby={detailId}
        disabled={disabled || entry.current || !entry.exists}
        onClick={() => onOpen(entry)}
      >
        <span className="recent-name">{entry.name}</span>
        <span id={detailId} className="recent-detail">
          <span className="recent-path">{entry.path}</span>
          <span className={entry.exists ? 'recent-status' : 'recent-status recent-missing'}>
            {status}
          </span>
        </span>
      </button>
    </li>
  );
}

/** The workspaces opened lately: a file that is gone is shown, and cannot be chosen. */
export function RecentList({ entries, disabled, onOpen }: RecentListProps) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section className="recent-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="recent-title">
        {t('workspace.openDialog.recentTitle')}
      </h3>
      {entries.length === 0 ? (
        <p className="recent-empty">{t('workspace.openDialog.noRecent')}</p>
      ) : (
        <ul className="recent-list">
          {entries.map((entry) => (
            <RecentItem key={entry.path} entry={entry} disabled={disabled} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </section>
  );
}
