import fs from 'node:fs';
import path from 'node:path';
import { backupWorkspace } from '../../core/services/backup';
import { CliError, EXIT, type Command } from '../command';
import { withWorkspace } from '../workspace';

export const command: Command = {
  name: 'backup',
  summary: 'Copy a workspace safely, even while it is open.',
  details: [
    'Uses SQLite’s online backup: the copy is consistent even while the app or another process',
    'writes to the workspace. The source is opened read-only and never modified.',
  ].join('\n'),
  positionals: [
    { name: 'file', description: 'the workspace to copy' },
    { name: 'out', description: 'the backup file to write' },
  ],
  options: {
    force: { type: 'boolean', description: 'replace <out> if it exists' },
  },
  async run(args, io) {
    const [file = '', out = ''] = args.positionals;
    if (path.resolve(file) === path.resolve(out)) {
      throw new CliError(`${out} is the workspace itself; choose another file for the backup.`);
    }
    if (fs.existsSync(out) && !args.flags.has('force')) {
      throw new CliError(`${out} already exists; it was not modified (use --force to replace it).`);
    }
    const result = await withWorkspace(file, { readonly: true }, (ws) =>
      backupWorkspace(ws, out, (event) => {
        if (io.interactive && event.total > 0) {
          io.stderr(`\rbacking up… ${Math.round((100 * event.done) / event.total)} %`);
        }
      }),
    );
    if (io.interactive) io.stderr('\r\x1b[K');
    io.stdout(`backed up ${file} to ${out} (${Math.ceil(result.bytes / 1024)} KiB)\n`);
    return EXIT.ok;
  },
};
