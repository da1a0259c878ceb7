import { useState } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { Icon } from '../../shell/icons';
import { BudgetImportDialog } from './BudgetImportDialog';

/** The toolbar button that opens the budget import dialog for a project. */
export function ImportBudgetButton({ projectId }: { projectId: number }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        <Icon name="exports" size={16} />
        {t('budgetImport.open')}
      </button>
      {open && <BudgetImportDialog projectId={projectId} onDone={() => setOpen(false)} />}
    </>
  );
}
