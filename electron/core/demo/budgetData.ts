/**
 * The demo budgets (devis) over the CNC chapters. Quantities are thousandths (6.5 weeks = 6500),
 * rates whole cents; a `share` line is a percentage of chapters above it (social charges on
 * salaries, overheads and contingency on the whole), as producers usually compute them.
 */
export type DemoLine =
  | {
      kind: 'fixed';
      code: string;
      label: string;
      quantityMilli: number;
      unit: string;
      rateCents: number;
      notes?: string;
    }
  | { kind: 'share'; code: string; label: string; bp: number; ofChapters: readonly string[] };

function fixed(
  code: string,
  label: string,
  quantity: number,
  unit: string,
  rateEuros: number,
  notes?: string,
): DemoLine {
  // Quantities here have at most three decimals; the rounding only removes float noise.
  return {
    kind: 'fixed',
    code,
    label,
    quantityMilli: Math.round(quantity * 1000),
    unit,
    rateCents: rateEuros * 100,
    notes,
  };
}

function share(code: string, label: string, bp: number, ofChapters: readonly string[]): DemoLine {
  return { kind: 'share', code, label, bp, ofChapters };
}

const BEFORE_OVERHEADS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** "Les Nuits de Marseille": a 90-minute feature shot over seven weeks in Marseille. */
export const FEATURE_BUDGET: readonly DemoLine[] = [
  fixed('1.1', 'Droits d’auteur — scénario', 1, 'flat', 42_000),
  fixed('1.2', 'Droits d’auteur — réalisation', 1, 'flat', 28_000),
  fixed('1.3', 'Droits musicaux (cinq titres)', 5, 'unit', 2_400),
  fixed('1.4', 'Archives et extraits', 1, 'flat', 4_500),
  fixed('2.1', 'Réalisatrice — préparation et tournage', 10, 'week', 2_400),
  fixed('2.2', 'Premier assistant réalisateur', 8, 'week', 1_700),
  fixed('2.3', 'Directeur de production', 12, 'week', 1_900),
  fixed('2.4', 'Régisseur général', 9, 'week', 1_350),
  fixed('2.5', 'Directrice de la photographie', 8, 'week', 2_300),
  fixed(
    '2.6',
    'Équipe image (cadreur, assistants)',
    21,
    'week',
    1_200,
    'trois postes × 7 semaines',
  ),
  fixed('2.7', 'Chef opérateur du son et perchman', 14, 'week', 1_300),
  fixed('2.8', 'Chef décorateur et équipe déco', 16, 'week', 1_400),
  fixed('2.9', 'Costumière et habilleuse', 12, 'week', 1_200),
  fixed('2.10', 'Maquillage et coiffure', 10, 'week', 1_100),
  fixed('2.11', 'Scripte', 7, 'week', 1_350),
  fixed('2.12', 'Monteuse et assistant montage', 18, 'week', 1_200),
  fixed('3.1', 'Premiers rôles', 48, 'day', 1_100),
  fixed('3.2', 'Seconds rôles', 80, 'day', 420),
  fixed('3.3', 'Petits rôles', 60, 'day', 260),
  fixed('3.4', 'Figuration', 360, 'day', 110),
  fixed('3.5', 'Cascadeurs et coordination', 5, 'day', 650),
  share('4.1', 'Charges sociales — personnel (55 %)', 5_500, ['2']),
  share('4.2', 'Charges sociales — interprétation (45 %)', 4_500, ['3']),
  fixed('5.1', 'Construction de décors', 1, 'flat', 30_000),
  fixed('5.2', 'Location de décors naturels', 32, 'day', 850),
  fixed('5.3', 'Accessoires', 1, 'flat', 14_500),
  fixed('5.4', 'Costumes, achat et location', 1, 'flat', 16_800),
  fixed('6.1', 'Véhicules de production', 8, 'week', 1_500),
  fixed('6.2', 'Défraiements équipe', 900, 'day', 40),
  fixed('6.3', 'Hébergement équipe', 480, 'night', 72),
  fixed('6.4', 'Régie et catering', 30, 'day', 1_200),
  fixed('7.1', 'Caméra et optiques', 7, 'week', 5_200),
  fixed('7.2', 'Lumière et machinerie', 7, 'week', 5_600),
  fixed('7.3', 'Matériel son', 7, 'week', 1_100),
  fixed('7.4', 'Stockage et DIT', 6.5, 'week', 950),
  fixed('8.1', 'Salle de montage', 14, 'week', 850),
  fixed('8.2', 'Étalonnage', 12, 'day', 1_400),
  fixed('8.3', 'Montage son et bruitage', 5, 'week', 3_200),
  fixed('8.4', 'Mixage', 10, 'day', 1_500),
  fixed('8.5', 'Musique originale — enregistrement', 1, 'flat', 18_000),
  fixed('8.6', 'DCP, sous-titres et masters', 1, 'flat', 9_500),
  fixed('8.7', 'Effets visuels', 1, 'flat', 22_000),
  fixed('9.1', 'Assurance production', 1, 'flat', 19_500),
  fixed('9.2', 'Frais juridiques et comptables', 1, 'flat', 11_000),
  fixed('9.3', 'Frais financiers', 1, 'flat', 8_500),
  share('FG.1', 'Frais généraux (7 %)', 700, BEFORE_OVERHEADS),
  share('IMP.1', 'Imprévus (5 %)', 500, BEFORE_OVERHEADS),
];

/** "Les Gardiens du Frioul": a 52-minute documentary, financing still being assembled. */
export const DOCUMENTARY_BUDGET: readonly DemoLine[] = [
  fixed('1.1', 'Droits d’auteur — écriture', 1, 'flat', 12_000),
  fixed('2.1', 'Réalisatrice', 16, 'week', 1_600),
  fixed('2.2', 'Chef opérateur', 6, 'week', 1_900),
  fixed('2.3', 'Ingénieur du son', 5, 'week', 1_500),
  fixed('2.4', 'Chargée de production', 18, 'week', 1_200),
  share('4.1', 'Charges sociales — personnel (50 %)', 5_000, ['2']),
  fixed('6.1', 'Bateau et transports', 25, 'day', 380),
  fixed('6.2', 'Défraiements', 90, 'day', 45),
  fixed('7.1', 'Caméra et son', 5, 'week', 2_100),
  fixed('8.1', 'Montage', 10, 'week', 1_700),
  fixed('8.2', 'Étalonnage et mixage', 1, 'flat', 9_800),
  fixed('8.3', 'Archives INA', 1, 'flat', 4_500),
  fixed('9.1', 'Assurance', 1, 'flat', 3_200),
  share('FG.1', 'Frais généraux (7 %)', 700, BEFORE_OVERHEADS),
];
