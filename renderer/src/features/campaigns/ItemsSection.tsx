import type { RewardItem } from '../../../../shared/contract';
import { useI18n } from '../../i18n/useI18n';
import { EditableTableSection } from './EditableTableSection';
import { ItemForm } from './ItemForm';

interface ItemsSectionProps {
  project: { id: number; currency: string };
  items: readonly RewardItem[];
}

/** The project's reward items (shared by its campaigns' tiers) with their costs; create, edit. */
export function ItemsSection({ project, items }: ItemsSectionProps) {
  const { t, format } = useI18n();
  const money = (cents: number) => format.money(cents, project.currency);

  return (
    <EditableTableSection
      title={t('campaigns.items.title')}
      note={t('campaigns.items.note')}
      newLabel={t('campaigns.items.new')}
      savedMessage={(name) => t('campaigns.items.saved', { name })}
      renderForm={(item, done) => (
        <ItemForm project={project} item={item} onDone={(saved) => done(saved?.name)} />
      )}
      columnHeaders={
        <>
          <th scope="col">{t('campaigns.items.columns.name')}</th>
          <th scope="col">{t('campaigns.items.columns.kind')}</th>
          <th scope="col" className="numeric-cell">
            {t('campaigns.items.columns.unitCost')}
          </th>
          <th scope="col" className="numeric-cell">
            {t('campaigns.items.columns.shippingCost')}
          </th>
          <th scope="col">{t('campaigns.items.columns.ships')}</th>
        </>
      }
      columnCount={6}
      emptyText={t('campaigns.items.empty')}
      rows={items}
      rowCells={(item) => (
        <>
          <th scope="row" className="cell-strong">
            {item.name}
          </th>
          <td>{t(`campaigns.items.kinds.${item.kind}`)}</td>
          <td className="numeric-cell">{money(item.unitCostCents)}</td>
          <td className="numeric-cell">{money(item.shippingCostCents)}</td>
          <td>{item.ships ? t('campaigns.items.shipsYes') : t('campaigns.items.shipsNo')}</td>
        </>
      )}
      editLabel={(item) => t('campaigns.items.edit', { name: item.name })}
    />
  );
}
