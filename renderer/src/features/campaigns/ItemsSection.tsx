import { useId, useState } from 'react';
import type { RewardItem } from '../../../../shared/contract';
import { useI18n } from '../../i18n/useI18n';
import { Icon } from '../../shell/icons';
import { ItemForm } from './ItemForm';

interface ItemsSectionProps {
  project: { id: number; currency: string };
  items: readonly RewardItem[];
}

/** The project's reward items (shared by its campaigns' tiers) with their costs; create, edit. */
export function ItemsSection({ project, items }: ItemsSectionProps) {
  const { t, format } = useI18n();
  const headingId = useId();
  const [editing, setEditing] = useState<RewardItem | 'new' | null>(null);
  const [saved, setSaved] = useState<string>();
  const money = (cents: number) => format.money(cents, project.currency);

  return (
    <section className="campaign-section" aria-labelledby={headingId}>
      <header className="campaign-section-header">
        <div>
          <h2 id={headingId} className="campaign-section-title">
            {t('campaigns.items.title')}
          </h2>
          <p className="campaign-section-note">{t('campaigns.items.note')}</p>
        </div>
        {editing === null && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setSaved(undefined);
              setEditing('new');
            }}
          >
            <Icon name="plus" size={16} />
            {t('campaigns.items.new')}
          </button>
        )}
      </header>
      <p className="notice notice-success" role="status" hidden={saved === undefined}>
        {saved !== undefined && t('campaigns.items.saved', { name: saved })}
      </p>
      {editing !== null && (
        <ItemForm
          key={editing === 'new' ? 'new' : editing.id}
          project={project}
          item={editing === 'new' ? undefined : editing}
          onDone={(item) => {
            setEditing(null);
            if (item) setSaved(item.name);
          }}
        />
      )}
      <div className="table-frame">
        <table className="data-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('campaigns.items.columns.name')}</th>
              <th scope="col">{t('campaigns.items.columns.kind')}</th>
              <th scope="col" className="numeric-cell">
                {t('campaigns.items.columns.unitCost')}
              </th>
              <th scope="col" className="numeric-cell">
                {t('campaigns.items.columns.shippingCost')}
              </th>
              <th scope="col">{t('campaigns.items.columns.ships')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('campaigns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.length === 0 && (
              <tr>
                <td colSpan={6} className="table-empty">
                  {t('campaigns.items.empty')}
                </td>
              </tr>
            )}
            {items.map((item) => (
              <tr key={item.id}>
                <th scope="row" className="cell-strong">
                  {item.name}
                </th>
                <td>{t(`campaigns.items.kinds.${item.kind}`)}</td>
                <td className="numeric-cell">{money(item.unitCostCents)}</td>
                <td className="numeric-cell">{money(item.shippingCostCents)}</td>
                <td>{item.ships ? t('campaigns.items.shipsYes') : t('campaigns.items.shipsNo')}</td>
                <td className="cell-actions">
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-label={t('campaigns.items.edit', { name: item.name })}
                    onClick={() => {
                      setSaved(undefined);
                      setEditing(item);
                    }}
                  >
                    {t('campaigns.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
