import type {
  BudgetUnit,
  CampaignModel,
  CampaignPlatform,
  CampaignStatus,
  FinancingKind,
  FinancingStatus,
  Language,
} from '../../../shared/contract';

/**
 * Every word the budget workbook writes, in each workspace language. Phrases with numbers are
 * functions taking already formatted values, so a translation can reorder them freely.
 */
export interface WorkbookLabels {
  sheets: { top: string; detail: string; plan: string; crowd: string };
  /** Middle part of the file name: "<title> – Budget – 2026-11-22.xlsx". */
  fileKind: string;
  currency: string;
  exportedOn: string;
  budgetByChapter: string;
  code: string;
  chapter: string;
  label: string;
  quantity: string;
  unit: string;
  rate: string;
  amount: string;
  notes: string;
  total: string;
  grandTotal: string;
  chapterSubtotal: string;
  shareOfBudget: string;
  budgetTotal: string;
  financingHeadline: string;
  secured: string;
  pending: string;
  declined: string;
  crowdLine: string;
  planTotal: string;
  gap: string;
  kind: string;
  counterparty: string;
  status: string;
  expectedOn: string;
  receivedOn: string;
  crowdKind: string;
  cappedAt: (cap: string, percent: string) => string;
  campaign: string;
  platform: string;
  model: string;
  goal: string;
  collected: string;
  commission: string;
  paymentFees: string;
  rewardCost: string;
  shipping: string;
  net: string;
  countedInPlan: string;
  crowdCap: (percent: string) => string;
  crowdGoals: string;
  capRoom: string;
  crowdBeforeCap: string;
  overCapSurplus: string;
  crowdCosts: string;
  crowdNet: string;
  noCampaign: string;
  units: Record<BudgetUnit, string>;
  kinds: Record<FinancingKind, string>;
  statuses: Record<FinancingStatus, string>;
  campaignStatuses: Record<CampaignStatus, string>;
  platforms: Record<CampaignPlatform, string>;
  models: Record<CampaignModel, string>;
}

const platforms: Record<CampaignPlatform, string> = {
  touscoprod: 'Touscoprod',
  kisskissbankbank: 'KissKissBankBank',
  ulule: 'Ulule',
  kickstarter: 'Kickstarter',
  indiegogo: 'Indiegogo',
  own_site: '',
  offline: '',
};

export const fr: WorkbookLabels = {
  sheets: {
    top: 'Récapitulatif',
    detail: 'Devis détaillé',
    plan: 'Plan de financement',
    crowd: 'Financement participatif',
  },
  fileKind: 'Budget',
  currency: 'Devise',
  exportedOn: 'Exporté le',
  budgetByChapter: 'Budget par chapitre',
  code: 'Code',
  chapter: 'Chapitre',
  label: 'Libellé',
  quantity: 'Quantité',
  unit: 'Unité',
  rate: 'Tarif',
  amount: 'Montant',
  notes: 'Notes',
  total: 'TOTAL',
  grandTotal: 'TOTAL GÉNÉRAL',
  chapterSubtotal: 'Total du chapitre',
  shareOfBudget: '% du budget',
  budgetTotal: 'Total du budget',
  financingHeadline: 'Plan de financement',
  secured: 'Financement acquis (confirmé et reçu)',
  pending: 'Financement en attente (prévu)',
  declined: 'Refusé (hors plan)',
  crowdLine: 'Financement participatif (plafonné)',
  planTotal: 'Total du plan',
  gap: 'Reste à financer',
  kind: 'Nature',
  counterparty: 'Financeur',
  status: 'Statut',
  expectedOn: 'Date prévue',
  receivedOn: 'Date de réception',
  crowdKind: 'Financement participatif',
  cappedAt: (cap, percent) => `plafonné à ${cap} (${percent} du budget)`,
  campaign: 'Campagne',
  platform: 'Plateforme',
  model: 'Modèle',
  goal: 'Objectif',
  collected: 'Collecté',
  commission: 'Commission',
  paymentFees: 'Frais de paiement',
  rewardCost: 'Coût des contreparties',
  shipping: 'Envois',
  net: 'Net',
  countedInPlan: 'Compté au plan',
  crowdCap: (percent) => `Plafond (${percent} du budget)`,
  crowdGoals: 'Objectifs des campagnes non échouées',
  capRoom: 'Marge sous le plafond',
  crowdBeforeCap: 'Financement participatif avant plafond',
  overCapSurplus: 'Excédent au-delà du plafond (hors plan)',
  crowdCosts: 'Coûts du financement participatif',
  crowdNet: 'Produit net du financement participatif',
  noCampaign: 'Aucune campagne',
  units: {
    flat: 'forfait',
    lump: 'lot',
    unit: 'unité',
    hour: 'heure',
    day: 'jour',
    week: 'semaine',
    month: 'mois',
    night: 'nuit',
    km: 'km',
  },
  kinds: {
    producer: 'Apport producteur',
    coproduction: 'Coproduction',
    public_fund: 'CNC / fonds public',
    region: 'Région',
    sofica: 'SOFICA',
    tv_presale: 'Préachat TV',
    distributor_mg: 'Minimum garanti distributeur',
    tax_credit: 'Crédit d’impôt',
    bank_loan: 'Prêt bancaire',
    sponsor: 'Parrainage',
    other: 'Autre',
  },
  statuses: { planned: 'Prévu', confirmed: 'Confirmé', received: 'Reçu', declined: 'Refusé' },
  campaignStatuses: {
    draft: 'Brouillon',
    live: 'En cours',
    succeeded: 'Réussie',
    failed: 'Échouée',
  },
  platforms: { ...platforms, own_site: 'Site propre', offline: 'Hors ligne' },
  models: { all_or_nothing: 'Tout ou rien', keep_it_all: 'Flexible' },
};

export const en: WorkbookLabels = {
  sheets: {
    top: 'Top sheet',
    detail: 'Budget detail',
    plan: 'Financing plan',
    crowd: 'Crowdfunding',
  },
  fileKind: 'Budget',
  currency: 'Currency',
  exportedOn: 'Exported on',
  budgetByChapter: 'Budget by chapter',
  code: 'Code',
  chapter: 'Chapter',
  label: 'Description',
  quantity: 'Quantity',
  unit: 'Unit',
  rate: 'Rate',
  amount: 'Amount',
  notes: 'Notes',
  total: 'TOTAL',
  grandTotal: 'GRAND TOTAL',
  chapterSubtotal: 'Chapter total',
  shareOfBudget: '% of budget',
  budgetTotal: 'Budget total',
  financingHeadline: 'Financing plan',
  secured: 'Secured (confirmed and received)',
  pending: 'Pending (planned)',
  declined: 'Declined (not in the plan)',
  crowdLine: 'Crowdfunding (capped)',
  planTotal: 'Plan total',
  gap: 'Gap (left to finance)',
  kind: 'Kind',
  counterparty: 'Counterparty',
  status: 'Status',
  expectedOn: 'Expected on',
  receivedOn: 'Received on',
  crowdKind: 'Crowdfunding',
  cappedAt: (cap, percent) => `capped at ${cap} (${percent} of the budget)`,
  campaign: 'Campaign',
  platform: 'Platform',
  model: 'Model',
  goal: 'Goal',
  collected: 'Collected',
  commission: 'Commission',
  paymentFees: 'Payment fees',
  rewardCost: 'Reward costs',
  shipping: 'Shipping',
  net: 'Net',
  countedInPlan: 'Counted in the plan',
  crowdCap: (percent) => `Cap (${percent} of the budget)`,
  crowdGoals: 'Goals of campaigns not failed',
  capRoom: 'Room under the cap',
  crowdBeforeCap: 'Crowd amount before the cap',
  overCapSurplus: 'Over-cap surplus (not in the plan)',
  crowdCosts: 'Crowdfunding costs',
  crowdNet: 'Net crowdfunding proceeds',
  noCampaign: 'No campaign',
  units: {
    flat: 'flat',
    lump: 'lump sum',
    unit: 'unit',
    hour: 'hour',
    day: 'day',
    week: 'week',
    month: 'month',
    night: 'night',
    km: 'km',
  },
  kinds: {
    producer: 'Producer’s contribution',
    coproduction: 'Co-production',
    public_fund: 'CNC / public fund',
    region: 'Region',
    sofica: 'SOFICA',
    tv_presale: 'TV pre-sale',
    distributor_mg: 'Distributor minimum guarantee',
    tax_credit: 'Tax credit',
    bank_loan: 'Bank loan',
    sponsor: 'Sponsor',
    other: 'Other',
  },
  statuses: {
    planned: 'Planned',
    confirmed: 'Confirmed',
    received: 'Received',
    declined: 'Declined',
  },
  campaignStatuses: { draft: 'Draft', live: 'Live', succeeded: 'Succeeded', failed: 'Failed' },
  platforms: { ...platforms, own_site: 'Own site', offline: 'Offline' },
  models: { all_or_nothing: 'All or nothing', keep_it_all: 'Keep it all' },
};

export const workbookLabels: Record<Language, WorkbookLabels> = { fr, en };
