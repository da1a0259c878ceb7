import type { Workspace } from '../../core/db/connection';
import { schemaVersion } from '../../core/db/migrate';
import { LATEST_SCHEMA_VERSION } from '../../core/db/migrations';
import { EXIT, type Command } from '../command';
import { withWorkspace } from '../workspace';

function count(ws: Workspace, sql: string): number {
  return (ws.sqlite.prepare(sql).get() as { n: number }).n;
}

export const command: Command = {
  name: 'check',
  summary: 'Check a workspace’s integrity and schema version.',
  details: [
    'Opens the file read-only: it is never modified. Exits with 1 when the file is damaged,',
    'written by a newer Copro, or not a Copro workspace.',
  ].join('\n'),
  positionals: [{ name: 'file', description: 'the workspace file to check' }],
  options: {},
  async run(args, io) {
    const file = args.positionals[0] ?? '';
    // The read-only open runs SQLite's quick_check and the version checks before anything else.
    const line = await withWorkspace(file, { readonly: true }, async (ws) => {
      const version = schemaVersion(ws.sqlite);
      const head = `ok: schema ${version} (current ${LATEST_SCHEMA_VERSION})`;
      if (version === 0) return `${head}, empty: Copro sets it up the first time it opens it`;
      const projects = count(ws, 'SELECT count(*) AS n FROM projects');
      const contributors = count(
        ws,
        'SELECT count(*) AS n FROM contributors WHERE merged_into_id IS NULL',
      );
      const upgrade =
        version < LATEST_SCHEMA_VERSION
          ? '; it will be upgraded (after a backup) the next time Copro opens it'
          : '';
      return `${head}, ${projects} projects, ${contributors} contributors${upgrade}`;
    });
    io.stdout(`${line}\n`);
    return EXIT.ok;
  },
};
