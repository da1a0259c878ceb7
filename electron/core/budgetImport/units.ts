import type { BudgetUnit } from '../../../shared/contract/budget';
import { normalizeHeader } from '../import/headers';

/** How devis write units, French and English, singular and plural, abbreviated or not. */
const UNIT_WORDS: ReadonlyArray<readonly [BudgetUnit, readonly string[]]> = [
  ['flat', ['flat', 'forfait', 'forf', 'ff', 'fft', 'f', 'flat fee', 'allow', 'allowance']],
  ['lump', ['lump', 'lump sum', 'ens', 'ensemble', 'global', 'ls']],
  [
    'unit',
    [
      'unit',
      'units',
      'u',
      'un',
      'unité',
      'unités',
      'pce',
      'pièce',
      'pièces',
      'piece',
      'pieces',
      'ea',
      'each',
      'pc',
      'pcs',
      'cachet',
      'cachets',
    ],
  ],
  ['hour', ['hour', 'hours', 'h', 'hr', 'hrs', 'heure', 'heures']],
  [
    'day',
    [
      'day',
      'days',
      'd',
      'j',
      'jour',
      'jours',
      'jr',
      'jrs',
      'journée',
      'journées',
      'jour de tournage',
      'shooting day',
    ],
  ],
  ['week', ['week', 'weeks', 'wk', 'wks', 'w', 'sem', 'semaine', 'semaines']],
  ['month', ['month', 'months', 'mo', 'mth', 'mois', 'm']],
  ['night', ['night', 'nights', 'nuit', 'nuits', 'nuitée', 'nuitées']],
  [
    'km',
    ['km', 'kms', 'kilomètre', 'kilomètres', 'kilometre', 'kilometres', 'kilometer', 'kilometers'],
  ],
];

const UNIT_BY_WORD = new Map<string, BudgetUnit>();
for (const [unit, words] of UNIT_WORDS) {
  for (const word of words) UNIT_BY_WORD.set(normalizeHeader(word), unit);
}

/** The budget unit a cell names ("jours", "Forfait", "wk."), or undefined when unknown. */
export function unitOf(text: string): BudgetUnit | undefined {
  const key = normalizeHeader(text).replace(/\.$/, '');
  return UNIT_BY_WORD.get(key);
}
