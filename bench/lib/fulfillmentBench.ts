import { createDispatcher } from '../../electron/core/dispatcher';
import type { Benchmark } from '../run';
import { generateWorkspace } from './generateWorkspace';
import { fulfillmentListTimings } from './listCases';
import { printTimings, time } from './measure';

/** The fulfillment table alone (the search benchmark runs it too, after every other list). */
export const fulfillmentListBenchmark: Benchmark = {
  name: 'fulfillment',
  description: 'fulfillment.list on a generated workspace (~340,000 lines in one project)',
  async run(options) {
    console.log(`generating ${options.contributors.toLocaleString('en')} contributors…`);
    const generated = await generateWorkspace(options.contributors);
    try {
      const dispatch = createDispatcher(generated.ws);
      const baseline = await time('baseline: SELECT … ORDER BY id LIMIT 50', () =>
        generated.ws.sqlite
          .prepare('SELECT id, display_name, email, city FROM contributors ORDER BY id LIMIT 50')
          .all(),
      );
      printTimings(
        'fulfillment.list, page of 100 (one project)',
        baseline,
        await fulfillmentListTimings(generated, dispatch),
      );
      if (options.keep) console.log(`\nworkspace kept at ${generated.file}`);
    } finally {
      if (options.keep) await generated.ws.close();
      else await generated.remove();
    }
  },
};
