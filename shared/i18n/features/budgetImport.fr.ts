import type { Messages } from '../types';

/** Chaînes de la fenêtre d’import d’un budget (français) : un devis CSV ou XLSX, colonnes et aperçu. */
export const budgetImportFr: Messages['budgetImport'] = {
  open: 'Importer un budget…',
  title: 'Importer un budget (devis)',
  intro:
    'Choisissez le fichier CSV ou Excel (.xlsx) de votre devis. Vérifiez les colonnes et l’aperçu : rien n’est enregistré avant d’appuyer sur Importer.',
  file: 'Fichier du budget',
  fileHint: 'CSV (virgule, point-virgule ou tabulation ; UTF-8 ou Windows-1252) ou XLSX.',
  reading: 'Lecture du fichier…',
  readFailed: 'Le fichier n’a pas pu être lu. {message}',
  detected: {
    title: 'Lecture du fichier',
    encoding: 'Encodage',
    delimiter: 'Séparateur',
    decimal: 'Séparateur décimal',
    sheet: 'Feuille',
    headerLine: 'Ligne d’en-tête',
    headerLineValue: 'ligne {line}',
  },
  delimiters: {
    comma: 'Virgule ( , )',
    semicolon: 'Point-virgule ( ; )',
    tab: 'Tabulation',
  },
  decimals: {
    dot: 'Point (1,234.50)',
    comma: 'Virgule (1 234,50)',
  },
  mapping: {
    title: 'Colonnes',
    tableLabel: 'Colonne du fichier pour chaque champ du budget',
    field: 'Champ du budget',
    column: 'Colonne du fichier',
    select: 'Colonne pour {field}',
    notUsed: '— non utilisé —',
    suggested: '{header} (suggéré)',
  },
  fields: {
    code: 'Code',
    label: 'Libellé',
    quantity: 'Quantité',
    unit: 'Unité',
    rate: 'Taux',
    amount: 'Montant',
    chapter: 'Chapitre',
    notes: 'Notes',
  },
  preview: {
    title: 'Aperçu',
    tableLabel: 'Lignes créées par l’import, par chapitre',
    keyboardHint:
      'Les flèches parcourent les lignes une fois le tableau sélectionné ; les en-têtes de colonne trient les lignes de chaque chapitre.',
    line: 'Ligne',
    code: 'Code',
    label: 'Libellé',
    quantity: 'Qté',
    rate: 'Taux',
    amount: 'Montant',
    quantityUnit: '{quantity} {unit}',
    newChapter: 'nouveau chapitre',
    chapterLines: {
      one: '{count} ligne',
      other: '{count} lignes',
    },
    nothing: 'Aucune ligne à importer pour l’instant.',
  },
  units: {
    flat: 'forfait',
    lump: 'ensemble',
    unit: 'unité',
    hour: 'heure',
    day: 'jour',
    week: 'semaine',
    month: 'mois',
    night: 'nuit',
    km: 'km',
  },
  totals: {
    label: 'Totaux',
    imported: 'Importé',
    importedLines: {
      zero: 'aucune ligne',
      one: '{count} ligne',
      other: '{count} lignes',
    },
    existing: 'Budget actuel',
    resulting: 'Budget après import',
  },
  mode: {
    legend: 'Lignes déjà dans le budget',
    append: 'Y ajouter les lignes importées',
    replace: {
      one: 'Remplacer la ligne existante',
      other: 'Remplacer les {count} lignes existantes',
    },
  },
  errors: {
    title: {
      one: '{count} erreur à corriger avant d’importer',
      other: '{count} erreurs à corriger avant d’importer',
    },
    line: 'Ligne {line} :',
    more: {
      one: '… et {count} autre',
      other: '… et {count} autres',
    },
  },
  warnings: {
    title: {
      one: '{count} point à vérifier (il ne bloque pas l’import)',
      other: '{count} points à vérifier (ils ne bloquent pas l’import)',
    },
  },
  skipped: {
    title: {
      one: '{count} ligne ignorée',
      other: '{count} lignes ignorées',
    },
    item: 'Ligne {line} ({reason}) : {text}',
    reasons: {
      empty: 'vide',
      subtotal: 'total ou sous-total',
      tax: 'taxe',
      beforeHeader: 'au-dessus de l’en-tête',
    },
  },
  import: 'Importer',
  importing: 'Import en cours…',
  blocked: 'Corrigez les erreurs du fichier (ou le choix des colonnes) pour importer.',
  cancel: 'Annuler',
  close: 'Fermer',
  done: {
    one: '{count} ligne importée. Le total du budget est désormais de {total}.',
    other: '{count} lignes importées. Le total du budget est désormais de {total}.',
  },
  failed: 'Rien n’a été importé. {message}',
};
