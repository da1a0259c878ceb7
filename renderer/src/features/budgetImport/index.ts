export { BudgetImportDialog, type BudgetImportDialogProps } from './BudgetImportDialog';
export { ImportBudgetButton } from './ImportBudgetButton';
