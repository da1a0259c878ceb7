import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

interface DemoSource {
  kind: string;
  counterparty: string;
  euros: number;
  status: 'planned' | 'confirmed' | 'received' | 'declined';
  expectedOn: string | null;
  receivedOn?: string;
  notes?: string;
}

/**
 * The feature's plan: secured well above half the budget, the rest planned, a declined fund
 * kept for the record; with the crowd goal it leaves a small gap (about €35k) to close.
 */
export const FEATURE_SOURCES: readonly DemoSource[] = [
  {
    kind: 'producer',
    counterparty: 'Calanque Films (apport producteur)',
    euros: 90_000,
    status: 'received',
    expectedOn: '2026-03-02',
    receivedOn: '2026-03-02',
  },
  {
    kind: 'public_fund',
    counterparty: 'CNC — avance sur recettes avant réalisation',
    euros: 280_000,
    status: 'received',
    expectedOn: '2026-06-15',
    receivedOn: '2026-06-22',
    notes: 'Commission du 12 mai 2026',
  },
  {
    kind: 'coproduction',
    counterparty: 'Lumière du Sud (Bruxelles)',
    euros: 150_000,
    status: 'confirmed',
    expectedOn: '2027-01-15',
    notes: 'Contrat de coproduction signé le 3 septembre 2026',
  },
  {
    kind: 'region',
    counterparty: 'Région Sud — fonds d’aide à la création',
    euros: 120_000,
    status: 'confirmed',
    expectedOn: '2026-12-15',
  },
  {
    kind: 'tax_credit',
    counterparty: 'Crédit d’impôt cinéma (30 % des dépenses éligibles)',
    euros: 130_000,
    status: 'confirmed',
    expectedOn: '2027-09-30',
  },
  {
    kind: 'sofica',
    counterparty: 'SOFICA Cinémage 20',
    euros: 80_000,
    status: 'planned',
    expectedOn: '2027-01-31',
  },
  {
    kind: 'tv_presale',
    counterparty: 'France 3 Cinéma — préachat',
    euros: 180_000,
    status: 'planned',
    expectedOn: '2027-02-28',
    notes: 'Lettre d’intérêt reçue ; décision en comité de janvier',
  },
  {
    kind: 'distributor_mg',
    counterparty: 'Les Films du Vieux-Port — minimum garanti',
    euros: 90_000,
    status: 'planned',
    expectedOn: '2027-03-31',
  },
  {
    kind: 'public_fund',
    counterparty: 'Fonds Images de la diversité',
    euros: 40_000,
    status: 'declined',
    expectedOn: null,
    notes: 'Refusé en commission de juin 2026',
  },
];

/** The documentary's plan: a third secured, not ready for a crowd campaign yet. */
export const DOCUMENTARY_SOURCES: readonly DemoSource[] = [
  {
    kind: 'producer',
    counterparty: 'Calanque Films (apport producteur)',
    euros: 20_000,
    status: 'received',
    expectedOn: '2026-09-01',
    receivedOn: '2026-09-01',
  },
  {
    kind: 'region',
    counterparty: 'Région Sud — aide au documentaire',
    euros: 40_000,
    status: 'confirmed',
    expectedOn: '2027-02-15',
  },
  {
    kind: 'public_fund',
    counterparty: 'CNC — COSIP',
    euros: 35_000,
    status: 'planned',
    expectedOn: '2027-04-30',
  },
  {
    kind: 'tv_presale',
    counterparty: 'Via Stella — préachat',
    euros: 30_000,
    status: 'planned',
    expectedOn: '2027-03-31',
  },
  {
    kind: 'sponsor',
    counterparty: 'Amis du Frioul (association)',
    euros: 8_000,
    status: 'planned',
    expectedOn: '2027-01-15',
  },
];

export async function insertSources(
  trx: Kysely<Database>,
  projectId: number,
  sources: readonly DemoSource[],
): Promise<void> {
  await trx
    .insertInto('financing_sources')
    .values(
      sources.map((source, position) => ({
        project_id: projectId,
        kind: source.kind,
        counterparty: source.counterparty,
        amount_cents: source.euros * 100,
        status: source.status,
        expected_on: source.expectedOn,
        received_on: source.receivedOn ?? null,
        notes: source.notes ?? '',
        position,
      })),
    )
    .execute();
}
