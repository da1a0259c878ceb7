import fs from 'node:fs';
import { sql } from 'kysely';
import { createDispatcher } from '../electron/core/dispatcher';
import type { ChannelInput } from '../shared/contract';
import { generateWorkspace } from './lib/generateWorkspace';
import { fulfillmentListTimings, pledgeListTimings } from './lib/listCases';
import { printTimings, time, type Timing } from './lib/measure';
import type { Benchmark } from './run';

type SearchInput = ChannelInput<'contributors.search'>;

export const contributorSearchBenchmark: Benchmark = {
  name: 'search',
  description:
    'contributors.search on a generated workspace (DESIGN: one file stays fast with 250,000 contributors)',
  async run(options) {
    console.log(`generating ${options.contributors.toLocaleString('en')} contributors…`);
    const generated = await generateWorkspace(options.contributors);
    const { ws } = generated;
    try {
      // Until a checkpoint most of the data sits in the write-ahead log beside the file.
      const wal = `${generated.file}-wal`;
      const bytes =
        fs.statSync(generated.file).size + (fs.existsSync(wal) ? fs.statSync(wal).size : 0);
      const megabytes = bytes / 1e6;
      console.log(
        `generated ${generated.contributors.toLocaleString('en')} contributors, ${generated.contributions.toLocaleString('en')} pledges in ${generated.seconds.toFixed(1)} s (CPU ${generated.cpuSeconds.toFixed(1)} s), ${megabytes.toFixed(0)} MB`,
      );
      const dispatch = createDispatcher(ws);
      const search = async (input: SearchInput) => {
        const result = await dispatch('contributors.search', input);
        if (!result.ok) throw new Error(result.error.message);
        return result.value as { rows: unknown[]; total: number };
      };

      // The first search after an import folds every new contributor into the index once.
      const first = await time('first search', () => search({ query: 'warm' }), { runs: 0 });
      console.log(
        `first search (builds the search index): ${(first.warmUpMs / 1000).toFixed(1)} s (CPU ${(first.warmUpCpuMs / 1000).toFixed(1)} s)`,
      );

      const baseline = await time('baseline: SELECT … ORDER BY id LIMIT 50', () =>
        sql`SELECT id, display_name, email, city, country_code FROM contributors ORDER BY id LIMIT 50`.execute(
          ws.db,
        ),
      );
      const someone = Math.ceil(generated.contributors / 2);
      const { rows: emails } = await sql<{
        email: string;
      }>`SELECT email FROM contributors WHERE id = ${someone}`.execute(ws.db);
      const email = (emails[0]?.email ?? '').split('@')[0] ?? '';
      const [campaign] = generated.campaignIds;
      const [tier] = generated.tierIds;
      const cases: [string, SearchInput][] = [
        ['empty query, first page', {}],
        ['name prefix "hel"', { query: 'hel' }],
        ['name prefix "dupont"', { query: 'dupont' }],
        ['one letter "m"', { query: 'm' }],
        ['two words "helene dup"', { query: 'helene dup' }],
        [`email "${email}"`, { query: email }],
        ['email domain "mail.example"', { query: 'mail.example' }],
        ['city "paris"', { query: 'paris' }],
        ['city with accent "evry"', { query: 'evry' }],
        ['filter country FR', { filters: { country: 'FR' } }],
        [
          'filter country FR, sort email',
          { filters: { country: 'FR' }, sort: { field: 'email', dir: 'asc' } },
        ],
        [
          'filter campaign + collected',
          { filters: { campaignId: campaign, paymentStatus: 'collected' } },
        ],
        ['filter tier', { filters: { tierId: tier } }],
        ['"dupont" + campaign', { query: 'dupont', filters: { campaignId: campaign } }],
        ['sort total desc', { sort: { field: 'total', dir: 'desc' } }],
        ['sort city', { sort: { field: 'city', dir: 'asc' } }],
        [
          'campaign, sort its total desc',
          { filters: { campaignId: campaign }, sort: { field: 'total', dir: 'desc' } },
        ],
        ['deep offset 200,000', { offset: 200_000 }],
        ['deep offset 100,000 in FR', { filters: { country: 'FR' }, offset: 100_000 }],
        ['deep offset 50,000 in "paris"', { query: 'paris', offset: 50_000 }],
        // Broad text at its worst: the middle of the list, and matches bunched in the sort order.
        ['middle of "m", offset 60,000', { query: 'm', offset: 60_000 }],
        ['"paris", sort city', { query: 'paris', sort: { field: 'city', dir: 'asc' } }],
      ];
      // Each run is a new search as typed: a one-row write in between makes the service forget
      // the totals it keeps while the workspace is unchanged.
      const forgetTotals = ws.sqlite.prepare(
        `INSERT INTO settings (key, value) VALUES ('bench', '') ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      );
      const timings: Timing[] = [];
      for (const [label, input] of cases) {
        const { total } = await search(input);
        const note = `${total.toLocaleString('en')} matches`;
        timings.push(
          await time(label, () => search(input), {
            runs: 15,
            note,
            before: () => forgetTotals.run(),
          }),
        );
      }
      // Scrolling: the next pages of a search already counted.
      const nextPages: [string, SearchInput][] = [
        ['next page, empty query', { offset: 50 }],
        ['next page, "paris"', { query: 'paris', offset: 50 }],
        ['next page, "mail.example"', { query: 'mail.example', offset: 50 }],
        ['next page, country FR', { filters: { country: 'FR' }, offset: 50 }],
      ];
      for (const [label, input] of nextPages) {
        timings.push(
          await time(label, () => search(input), { runs: 15, note: 'total already counted' }),
        );
      }
      timings.push(
        await time('contributors.get (one contributor)', () =>
          dispatch('contributors.get', { id: someone }),
        ),
      );
      printTimings(
        `contributors.search, page of 50 (${options.contributors.toLocaleString('en')} contributors)`,
        baseline,
        timings,
      );
      // The other tables that grow: a campaign's pledges, a project's fulfillment lines.
      printTimings(
        'contributions.list, page of 50 (one campaign)',
        baseline,
        await pledgeListTimings(generated, dispatch),
      );
      printTimings(
        'fulfillment.list, page of 100 (one project)',
        baseline,
        await fulfillmentListTimings(generated, dispatch),
      );
      if (options.keep) console.log(`\nworkspace kept at ${generated.file}`);
    } finally {
      if (options.keep) await ws.close();
      else await generated.remove();
    }
  },
};
