import type { BudgetImportField, BudgetImportMapping } from '../../../shared/contract/budgetImport';
import { normalizeHeader } from '../import/headers';
import type { TableRow } from '../import/table';

/**
 * Header words, French and English, that suggest which field a column of a devis holds. Compared
 * after normalizeHeader (case, accents, spacing and a trailing colon do not matter), and after
 * dropping a trailing unit or currency in brackets ("Montant (€)", "Taux HT").
 */
const SYNONYMS: ReadonlyArray<readonly [BudgetImportField, readonly string[]]> = [
  [
    'code',
    [
      'code',
      'poste',
      'n°',
      'no',
      'num',
      'numéro',
      'numero',
      'ref',
      'réf',
      'référence',
      'compte',
      'n° poste',
      'code poste',
      'account',
      'line',
      'item',
      '#',
    ],
  ],
  [
    'label',
    [
      'libellé',
      'libelle',
      'désignation',
      'designation',
      'intitulé',
      'intitule',
      'label',
      'description',
      'détail',
      'nature',
      'article',
      'poste de dépense',
      'dépense',
      'item description',
    ],
  ],
  [
    'quantity',
    [
      'quantité',
      'quantite',
      'qté',
      'qte',
      'qty',
      'quantity',
      'nb',
      'nombre',
      'nbre',
      'qt',
      'units',
      'count',
      'durée',
      'duree',
    ],
  ],
  ['unit', ['unité', 'unite', 'unit', 'u', 'unit of measure', 'uom', 'per']],
  [
    'rate',
    [
      'taux',
      'prix unitaire',
      'prix unit',
      'pu',
      'p u',
      'tarif',
      'rate',
      'unit price',
      'unit cost',
      'price',
      'prix',
      'coût unitaire',
      'cout unitaire',
      'salaire',
      'cachet',
    ],
  ],
  [
    'amount',
    [
      'montant',
      'total',
      'amount',
      'montant total',
      'total poste',
      'sous total ligne',
      'coût',
      'cout',
      'cost',
      'budget',
      'line total',
      'somme',
    ],
  ],
  [
    'chapter',
    [
      'chapitre',
      'chapter',
      'chap',
      'rubrique',
      'section',
      'category',
      'catégorie',
      'categorie',
      'groupe',
      'group',
    ],
  ],
  [
    'notes',
    [
      'notes',
      'note',
      'commentaire',
      'commentaires',
      'remarque',
      'remarques',
      'comment',
      'comments',
      'observations',
      'observation',
      'précisions',
    ],
  ],
];

const FIELD_BY_WORD = new Map<string, BudgetImportField>();
for (const [field, words] of SYNONYMS) {
  for (const word of words) {
    const key = normalizeHeader(word);
    if (!FIELD_BY_WORD.has(key)) FIELD_BY_WORD.set(key, field);
  }
}

/** "Montant (€)", "Taux HT", "Prix unitaire en €" → the words that name the field. */
function headerWords(header: string): string {
  return normalizeHeader(header)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[€$£]/g, ' ')
    .replace(/\b(ht|ttc|hors taxes?|eur|usd|gbp)\b/g, ' ')
    .replace(/\ben\s*$/, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function fieldOfHeader(header: string): BudgetImportField | undefined {
  return FIELD_BY_WORD.get(normalizeHeader(header)) ?? FIELD_BY_WORD.get(headerWords(header));
}

/** Each field gets the first column whose header suggests it. */
export function suggestMapping(headers: readonly string[]): BudgetImportMapping {
  const mapping: BudgetImportMapping = {};
  for (const header of headers) {
    const field = fieldOfHeader(header);
    if (field !== undefined && mapping[field] === undefined) mapping[field] = header;
  }
  return mapping;
}

/** How many distinct fields a row's cells name: a header row names several. */
export function headerScore(cells: readonly string[]): number {
  return Object.keys(suggestMapping(cells)).length;
}

/** Devis often open with a title block: the header is searched for in the first rows. */
export const HEADER_SEARCH_ROWS = 30;

/**
 * Index of the header row among `rows`: the one naming the most fields (at least two, with a label
 * or an amount among them), the first on a tie. Without one, the first row.
 */
export function findHeaderRow(rows: readonly TableRow[]): number {
  let best = 0;
  let bestScore = 0;
  for (const [index, row] of rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const mapping = suggestMapping(row.cells);
    const score = Object.keys(mapping).length;
    const usable = mapping.label !== undefined || mapping.amount !== undefined;
    if (usable && score >= 2 && score > bestScore) {
      best = index;
      bestScore = score;
    }
  }
  return best;
}
