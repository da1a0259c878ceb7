import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openWorkspace, type Workspace } from '../../electron/core/db/connection';
import { pick, pickWeighted, seededRandom } from './random';

const FIRST_NAMES = [
  'Hélène',
  'Élodie',
  'Émile',
  'Jérôme',
  'François',
  'Zoé',
  'Chloé',
  'Noël',
  'Anaïs',
  'Loïc',
  'Agnès',
  'Gaëlle',
  'Léa',
  'Lucas',
  'Camille',
  'Nicolas',
  'Marie',
  'Pierre',
  'Julie',
  'Thomas',
  'Sophie',
  'Antoine',
  'Manon',
  'Hugo',
  'Inès',
  'Yannick',
  'Björn',
  'Søren',
  'José',
  'Zoë',
  'Jürgen',
  'Małgorzata',
  'Ana',
  'John',
  'Emma',
  'Olivia',
  'Liam',
  'Noah',
  'Mia',
  'Sven',
];
const LAST_NAMES = [
  'Dupont',
  'Lefèvre',
  'Bézier',
  'Moreau',
  'Girard',
  'Rousseau',
  'Fournier',
  'Gauthier',
  'Mercier',
  'Bonnet',
  'Faure',
  'André',
  'Chevalier',
  'François',
  'Lemaître',
  'Perrin',
  'Müller',
  'Schröder',
  'García',
  'Núñez',
  'Kowalski',
  'Smith',
  'Johnson',
  'Brown',
  'Leclerc',
  'Bérenger',
  'Martin',
  'Bernard',
  'Petit',
  'Durand',
  'Lambert',
  'Fontaine',
  'Roux',
  'Vincent',
];
const CITIES: readonly (readonly [string, string, number])[] = [
  ['Paris', 'FR', 30],
  ['Lyon', 'FR', 8],
  ['Marseille', 'FR', 7],
  ['Évry', 'FR', 2],
  ['Besançon', 'FR', 2],
  ['Orléans', 'FR', 3],
  ['Nîmes', 'FR', 2],
  ['Saint-Étienne', 'FR', 3],
  ['Nantes', 'FR', 4],
  ['Lille', 'FR', 4],
  ['Bruxelles', 'BE', 5],
  ['Liège', 'BE', 2],
  ['Genève', 'CH', 3],
  ['Zürich', 'CH', 2],
  ['Montréal', 'CA', 4],
  ['Québec', 'CA', 2],
  ['Köln', 'DE', 2],
  ['Berlin', 'DE', 3],
  ['London', 'GB', 4],
  ['New York', 'US', 4],
  ['São Paulo', 'BR', 1],
  ['Kraków', 'PL', 1],
  ['Madrid', 'ES', 2],
  ['Dakar', 'SN', 1],
];
const DOMAINS = ['example.fr', 'example.com', 'mail.example.org', 'exemple.be'];
const STATUSES: readonly (readonly [string, number])[] = [
  ['collected', 85],
  ['pledged', 6],
  ['failed', 4],
  ['refunded', 3],
  ['refund_due', 2],
];

export interface GeneratedWorkspace {
  ws: Workspace;
  file: string;
  contributors: number;
  contributions: number;
  projectIds: number[];
  campaignIds: number[];
  tierIds: number[];
  /** Seconds spent generating (inserts, triggers keeping the search index and pledge stats). */
  seconds: number;
  /** CPU seconds of the same (closer to an idle machine's wall time when the machine is busy). */
  cpuSeconds: number;
  remove(): Promise<void>;
}

function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase();
}

/**
 * A workspace file in a temporary folder with `contributorCount` contributors spread over two
 * projects and three campaigns, about 1.2 pledges each, written through the real schema (so the
 * search index and pledge-stats triggers run as they would during an import).
 */
export async function generateWorkspace(
  contributorCount: number,
  seed = 42,
): Promise<GeneratedWorkspace> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-bench-'));
  const file = path.join(dir, 'bench.copro');
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const ws = await openWorkspace(file, { create: true });
  const random = seededRandom(seed);
  const sqlite = ws.sqlite;
  const now = new Date().toISOString();

  const insertProject = sqlite.prepare(
    `INSERT INTO projects (title, format, currency, created_at, updated_at) VALUES (?, 'film', 'EUR', ?, ?)`,
  );
  const insertCampaign = sqlite.prepare(
    `INSERT INTO campaigns (project_id, title, platform, currency, goal_cents, status, created_at, updated_at)
     VALUES (?, ?, ?, 'EUR', ?, ?, ?, ?)`,
  );
  const insertTier = sqlite.prepare(
    `INSERT INTO reward_tiers (campaign_id, title, minimum_cents, quantity_limit, position) VALUES (?, ?, ?, ?, ?)`,
  );
  const insertContributor = sqlite.prepare(
    `INSERT INTO contributors (display_name, first_name, last_name, email, postal_code, city,
       country_code, language, news_consent, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertIdentity = sqlite.prepare(
    `INSERT INTO contributor_identities (contributor_id, platform, external_id) VALUES (?, ?, ?)`,
  );
  const insertContribution = sqlite.prepare(
    `INSERT INTO contributions (contributor_id, campaign_id, tier_id, amount_cents, pledged_at,
       payment_status, refunded_cents, refunded_on, external_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const projectIds: number[] = [];
  const campaignIds: number[] = [];
  const tiers: { id: number; campaignId: number; minimum: number }[] = [];
  let contributions = 0;

  sqlite.transaction(() => {
    for (const title of ['Les Enfants du Port', 'La Dernière Séance']) {
      projectIds.push(Number(insertProject.run(title, now, now).lastInsertRowid));
    }
    const campaignSpecs = [
      [projectIds[0], 'Kickstarter 2024', 'kickstarter', 'succeeded'],
      [projectIds[0], 'Ulule 2025', 'ulule', 'live'],
      [projectIds[1], 'Touscoprod', 'touscoprod', 'live'],
    ] as const;
    for (const [projectId, title, platform, status] of campaignSpecs) {
      const id = Number(
        insertCampaign.run(projectId, title, platform, 5_000_000, status, now, now).lastInsertRowid,
      );
      campaignIds.push(id);
      [500, 1500, 3000, 5000, 10000, 50000].forEach((minimum, position) => {
        const limit = minimum >= 50000 ? 100 : null;
        const tierId = Number(
          insertTier.run(id, `Tier ${minimum / 100} €`, minimum, limit, position).lastInsertRowid,
        );
        tiers.push({ id: tierId, campaignId: id, minimum });
      });
    }

    for (let n = 1; n <= contributorCount; n += 1) {
      const first = pick(random, FIRST_NAMES);
      const last = pick(random, LAST_NAMES);
      const [city, country] = pickWeighted(
        random,
        CITIES.map(([name, code, weight]) => [[name, code] as const, weight] as const),
      );
      const email = `${ascii(first)}.${ascii(last)}${n}@${pick(random, DOMAINS)}`;
      const postal = String(10000 + Math.floor(random() * 85000));
      const id = Number(
        insertContributor.run(
          `${first} ${last}`,
          first,
          last,
          email,
          postal,
          city,
          country,
          country === 'FR' || country === 'BE' ? 'fr' : 'en',
          random() < 0.4 ? 1 : 0,
          now,
          now,
        ).lastInsertRowid,
      );
      const pledgeCount = random() < 0.2 ? 2 : 1;
      const used = new Set<number>();
      for (let p = 0; p < pledgeCount; p += 1) {
        const campaignId = pick(random, campaignIds);
        if (used.has(campaignId)) continue;
        used.add(campaignId);
        const campaignTiers = tiers.filter((t) => t.campaignId === campaignId && t.minimum < 50000);
        const tier = random() < 0.9 ? pick(random, campaignTiers) : null;
        const amount = (tier?.minimum ?? 1000) + Math.floor(random() * 5) * 500;
        const status = pickWeighted(random, STATUSES);
        const day = 1 + Math.floor(random() * 28);
        const month = 1 + Math.floor(random() * 12);
        const pledgedAt = `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T12:00:00Z`;
        const refunded = status === 'refunded' ? amount : 0;
        insertContribution.run(
          id,
          campaignId,
          tier?.id ?? null,
          amount,
          pledgedAt,
          status,
          refunded,
          refunded > 0 ? '2024-12-01' : null,
          `ext-${n}-${p}`,
          now,
          now,
        );
        insertIdentity.run(id, `campaign-${campaignId}`, `backer-${n}`);
        contributions += 1;
      }
    }
  })();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;

  return {
    ws,
    file,
    contributors: contributorCount,
    contributions,
    projectIds,
    campaignIds,
    tierIds: tiers.map((t) => t.id),
    seconds,
    cpuSeconds,
    async remove() {
      await ws.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
