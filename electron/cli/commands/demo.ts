import { createDemoFile } from '../../core/demo/demoFile';
import { EXIT, type Command } from '../command';
import { assertNewFile } from './init';

export const command: Command = {
  name: 'demo',
  summary: 'Create a workspace holding the demo film.',
  details: [
    '"Les Nuits de Marseille" (a feature: budget, financing plan, a live Touscoprod campaign,',
    'rewards, about 300 backers) and a documentary in development. Always the same data.',
  ].join('\n'),
  positionals: [{ name: 'file', description: 'the workspace file to create' }],
  options: {
    force: { type: 'boolean', description: 'replace the file if it exists' },
  },
  async run(args, io) {
    const file = args.positionals[0] ?? '';
    const force = args.flags.has('force');
    if (!force) assertNewFile(file);
    const summary = await createDemoFile(file, { force });
    io.stdout(
      `created ${file}: ${summary.projectIds.length} projects, ${summary.contributors} contributors, ${summary.contributions} contributions\n`,
    );
    return EXIT.ok;
  },
};
