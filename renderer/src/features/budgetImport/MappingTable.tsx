import {
  budgetImportFields,
  type BudgetImportField,
  type BudgetImportMappingInput,
  type BudgetImportPreview,
} from '../../../../shared/contract';
import { useI18n } from '../../i18n/useI18n';

interface MappingTableProps {
  preview: BudgetImportPreview;
  mapping: BudgetImportMappingInput;
  onChange: (mapping: BudgetImportMappingInput) => void;
}

/** One row per budget field: the column of the file it is read from, pre-filled with the suggestion. */
export function MappingTable({ preview, mapping, onChange }: MappingTableProps) {
  const { t } = useI18n();
  // Columns are named by their header: an untitled column cannot be chosen, a repeated name once.
  const headers = [...new Set(preview.headers.filter((header) => header.trim() !== ''))];

  function choose(field: BudgetImportField, header: string) {
    onChange({ ...mapping, [field]: header === '' ? null : header });
  }

  return (
    <section className="budget-import-section" aria-labelledby="budget-import-mapping">
      <h3 className="budget-import-heading" id="budget-import-mapping">
        {t('budgetImport.mapping.title')}
      </h3>
      <table className="budget-import-mapping" aria-label={t('budgetImport.mapping.tableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('budgetImport.mapping.field')}</th>
            <th scope="col">{t('budgetImport.mapping.column')}</th>
          </tr>
        </thead>
        <tbody>
          {budgetImportFields.map((field) => {
            const name = t(`budgetImport.fields.${field}`);
            const chosen = preview.mapping[field] ?? '';
            const suggested = preview.suggestedMapping[field];
            return (
              <tr key={field}>
                <th scope="row">{name}</th>
                <td>
                  <select
                    className="control"
                    aria-label={t('budgetImport.mapping.select', { field: name })}
                    value={chosen}
                    onChange={(event) => choose(field, event.target.value)}
                  >
                    <option value="">{t('budgetImport.mapping.notUsed')}</option>
                    {headers.map((header) => (
                      <option key={header} value={header}>
                        {header === suggested
                          ? t('budgetImport.mapping.suggested', { header })
                          : header}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
