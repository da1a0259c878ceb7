import fs from 'node:fs';
import path from 'node:path';
import { exportFileSchema, languageSchema, type Language } from '../../../shared/contract';
import { createDispatcher } from '../../core/dispatcher';
import { CliError, EXIT, UsageError, type Command } from '../command';
import { withWorkspace } from '../workspace';

/** What `copro export` can produce; each kind is one channel of the contract. */
const KINDS = ['budget'] as const;

function projectIdOf(value: string | undefined): number {
  if (value === undefined) throw new UsageError('--project <id> is required');
  if (!/^[1-9]\d{0,15}$/.test(value)) {
    throw new UsageError(`--project must be a project id, not "${value}"`);
  }
  return Number(value);
}

function languageOf(value: string | undefined): Language | undefined {
  if (value === undefined) return undefined;
  const parsed = languageSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(`--lang must be fr or en, not "${value}"`);
  return parsed.data;
}

/** Writes the file, never replacing one unless asked ("wx" also closes the race with another writer). */
function writeOut(out: string, bytes: Buffer, force: boolean): void {
  try {
    fs.writeFileSync(out, bytes, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      throw new CliError(`${out} already exists; it was not modified (use --force to replace it).`);
    }
    if (code === 'ENOENT') throw new CliError(`cannot write ${out}: its folder does not exist.`);
    throw new CliError(`cannot write ${out}: ${(error as Error).message}`);
  }
}

export const command: Command = {
  name: 'export',
  summary: 'Export a project’s workbook (budget, financing plan, crowd) as .xlsx.',
  details: [
    'budget: the accountant’s workbook — top sheet, budget detail, financing plan and crowd —',
    'with totals as formulas. Sheet names and headers follow --lang, or the workspace language.',
    'Without --out the file gets its suggested name in the current folder.',
    'Example: copro export budget Slate.copro --project 1 --out budget.xlsx --lang fr',
  ].join('\n'),
  positionals: [
    { name: 'kind', description: `what to export: ${KINDS.join(', ')}` },
    { name: 'file', description: 'the workspace file' },
  ],
  options: {
    project: { type: 'string', valueName: 'id', description: 'the project to export' },
    out: { type: 'string', valueName: 'path.xlsx', description: 'the workbook to write' },
    lang: { type: 'string', valueName: 'fr|en', description: 'language of the sheets' },
    force: { type: 'boolean', description: 'replace <out> if it exists' },
  },
  async run(args, io) {
    const [kind = '', file = ''] = args.positionals;
    if (!(KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(`unknown export "${kind}"; choose one of ${KINDS.join(', ')}`);
    }
    const projectId = projectIdOf(args.values.get('project'));
    const language = languageOf(args.values.get('lang'));
    const result = await withWorkspace(file, { readonly: true }, (ws) =>
      createDispatcher(ws)('exports.budgetWorkbook', {
        projectId,
        ...(language ? { language } : {}),
      }),
    );
    if (!result.ok) throw new CliError(`${result.error.message} [${result.error.code}]`);
    // The dispatcher checked the output against the contract; parsing again gives it its type.
    const workbook = exportFileSchema.parse(result.value);
    const out = args.values.get('out') ?? path.join(process.cwd(), workbook.fileName);
    writeOut(out, Buffer.from(workbook.contentBase64, 'base64'), args.flags.has('force'));
    io.stdout(`wrote ${out}\n`);
    return EXIT.ok;
  },
};
