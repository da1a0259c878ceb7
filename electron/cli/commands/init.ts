import fs from 'node:fs';
import path from 'node:path';
import { schemaVersion } from '../../core/db/migrate';
import { CliError, EXIT, type Command } from '../command';
import { withWorkspace } from '../workspace';

/** Refuses what would otherwise fail obscurely inside SQLite or overwrite someone's work. */
export function assertNewFile(file: string): void {
  if (fs.existsSync(file)) {
    throw new CliError(`${file} already exists; it was not modified (choose another name).`);
  }
  const folder = path.dirname(path.resolve(file));
  if (!fs.existsSync(folder)) throw new CliError(`the folder ${folder} does not exist.`);
}

export const command: Command = {
  name: 'init',
  summary: 'Create a new, empty workspace file.',
  details: 'The file gets the current schema and no project. An existing file is never touched.',
  positionals: [{ name: 'file', description: 'the workspace file to create, e.g. Slate.copro' }],
  options: {},
  async run(args, io) {
    const file = args.positionals[0] ?? '';
    assertNewFile(file);
    const version = await withWorkspace(file, { create: true }, async (ws) =>
      schemaVersion(ws.sqlite),
    );
    io.stdout(`created ${file} (schema ${version}, no project yet)\n`);
    return EXIT.ok;
  },
};
