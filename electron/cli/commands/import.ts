import fs from 'node:fs';
import {
  importFormatSchema,
  importFormats,
  importIssueFromIssue,
  type ImportFormat,
  type ImportIssue,
  type ImportSummary,
} from '../../../shared/contract';
import { createDispatcher } from '../../core/dispatcher';
import { CliError, EXIT, UsageError, type CliIO, type Command } from '../command';
import { withWorkspace } from '../workspace';
import { parseJsonInput } from './call';

/** Errors printed in plain mode; --json prints every listed one. */
const ERRORS_SHOWN = 50;

function campaignIdOf(value: string | undefined): number {
  if (value === undefined) throw new UsageError('--campaign <id> is required');
  if (!/^[1-9]\d{0,15}$/.test(value))
    throw new UsageError(`--campaign must be a campaign id, not "${value}"`);
  return Number(value);
}

function formatOf(value: string | undefined): ImportFormat {
  const format = importFormatSchema.safeParse(value ?? 'auto');
  if (!format.success) {
    throw new UsageError(`--format must be one of ${importFormats.join(', ')}, not "${value}"`);
  }
  return format.data;
}

/**
 * A mapping file holds either {field: header} or {mapping: {field: header}, options: {…}}; the
 * dispatcher checks it against the contract like any input.
 */
function readMapping(file: string | undefined): { mapping?: unknown; options?: unknown } {
  if (file === undefined) return {};
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read the mapping ${file}: ${(error as Error).message}`);
  }
  const json = parseJsonInput(text, file);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new CliError(`the mapping ${file} must be a JSON object such as {"amount": "Montant"}`);
  }
  if ('mapping' in json) {
    return { mapping: json.mapping, options: 'options' in json ? json.options : undefined };
  }
  return { mapping: json };
}

function readInputs(paths: readonly string[]): { name: string; contentBase64: string }[] {
  return paths.map((file) => {
    try {
      return { name: file, contentBase64: fs.readFileSync(file).toString('base64') };
    } catch (error) {
      throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
    }
  });
}

interface Report {
  summary: ImportSummary | null;
  errors: ImportIssue[];
  errorCount: number;
  dryRun: boolean;
}

function printJson(io: CliIO, report: Report): void {
  const s = report.summary;
  io.stdout(
    `${JSON.stringify(
      {
        created: s?.created ?? 0,
        updated: s?.updated ?? 0,
        unchanged: s?.unchanged ?? 0,
        skipped: s?.skipped ?? 0,
        errors: report.errors,
        errorCount: report.errorCount,
        flaggedMissing: s?.flaggedMissing ?? 0,
        contributorsCreated: s?.contributorsCreated ?? 0,
        tiersCreated: s?.tiersCreated.length ?? 0,
        format: s?.format ?? null,
        dryRun: report.dryRun,
        imported: !report.dryRun && report.errorCount === 0,
      },
      null,
      2,
    )}\n`,
  );
}

function printPlain(io: CliIO, report: Report): void {
  const s = report.summary;
  for (const e of report.errors.slice(0, ERRORS_SHOWN))
    io.stderr(`${e.file}:${e.line}: ${e.message}\n`);
  if (report.errorCount > ERRORS_SHOWN) {
    io.stderr(
      `… and ${report.errorCount - ERRORS_SHOWN} more errors (--json lists ${report.errors.length})\n`,
    );
  }
  if (report.errorCount > 0) {
    io.stderr(
      `nothing was imported: ${report.errorCount} error${report.errorCount === 1 ? '' : 's'} to fix first\n`,
    );
    return;
  }
  if (s === null) return;
  const verb = report.dryRun ? 'would be' : 'were';
  io.stdout(
    `${s.format} export${report.dryRun ? ' (dry run, nothing written)' : ''}: pledges ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.skipped} skipped\n`,
  );
  io.stdout(
    `${s.contributorsCreated} contributors ${verb} created, ${s.contributorsUpdated} updated\n`,
  );
  if (s.flaggedMissing > 0) {
    io.stdout(`${s.flaggedMissing} pledges are no longer in the export: flagged, not deleted\n`);
  }
  if (s.tiersCreated.length > 0) {
    io.stdout(`reward tiers ${verb} created: ${s.tiersCreated.map((t) => t.title).join(', ')}\n`);
  }
  for (const c of s.changes.slice(0, ERRORS_SHOWN)) {
    io.stdout(
      `  changed ${c.contributor} ${c.field}: ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}\n`,
    );
  }
}

export const command: Command = {
  name: 'import',
  summary: 'Import platform exports (Kickstarter, Ulule, any CSV/XLSX) into a campaign.',
  details: [
    'All or nothing: when any row has an error nothing is written, and every error names the',
    'file, the line and the column (exit code 1). A re-import updates instead of duplicating;',
    'pledges gone from the export are flagged, never deleted. --dry-run shows what would change.',
    'A generic file (a cheque list, another platform) is read through a column mapping, guessed',
    'from French/English headers; --mapping gives it: {"amount": "Montant", "pledgedAt": "Date"}',
    'or {"mapping": {…}, "options": {"decimal": ",", "dateOrder": "dmy"}}.',
    'Example: copro import Slate.copro --campaign 1 backer-report.zip',
  ].join('\n'),
  positionals: [
    { name: 'file', description: 'the workspace file' },
    {
      name: 'input',
      description: 'the exports: a Kickstarter zip or CSV, a Ulule CSV or XLSX, any CSV or XLSX',
      variadic: true,
    },
  ],
  options: {
    campaign: {
      type: 'string',
      valueName: 'id',
      description: 'the campaign to import into (required)',
    },
    format: {
      type: 'string',
      valueName: 'auto|kickstarter|ulule|generic',
      description: 'the export’s format (default auto: recognized from the headers)',
    },
    mapping: {
      type: 'string',
      valueName: 'mapping.json',
      description: 'column mapping (and options) for a generic file',
    },
    'dry-run': { type: 'boolean', description: 'show what the import would do; write nothing' },
    json: {
      type: 'boolean',
      description: 'print {created, updated, unchanged, skipped, errors} as JSON',
    },
  },
  async run(args, io) {
    const [file = '', ...inputs] = args.positionals;
    const campaignId = campaignIdOf(args.values.get('campaign'));
    const format = formatOf(args.values.get('format'));
    const dryRun = args.flags.has('dry-run');
    const input = {
      campaignId,
      format,
      ...readMapping(args.values.get('mapping')),
      files: readInputs(inputs),
    };
    const channel = dryRun ? 'imports.preview' : 'imports.run';
    const result = await withWorkspace(file, {}, (ws) =>
      createDispatcher(ws)(channel, input, {
        onProgress: (event) => {
          if (io.interactive) io.stderr(`\rimporting… ${event.done}/${event.total}`);
        },
      }),
    );
    if (io.interactive) io.stderr('\r\x1b[K');
    let report: Report;
    if (result.ok) {
      const summary = result.value as ImportSummary;
      report = { summary, errors: summary.errors, errorCount: summary.errorCount, dryRun };
    } else {
      const errors = result.error.issues.flatMap((issue) => {
        const parsed = importIssueFromIssue(issue);
        return parsed === null ? [] : [parsed];
      });
      // Not an import refusal (a wrong input, a missing campaign): say it in one line.
      if (errors.length === 0) throw new CliError(`${result.error.message} [${result.error.code}]`);
      // A refusal lists the first 1000 errors; its message ("… N errors to fix first") counts all.
      const total = /(\d+) errors? to fix/.exec(result.error.message)?.[1];
      report = {
        summary: null,
        errors,
        errorCount: total === undefined ? errors.length : Number(total),
        dryRun,
      };
    }
    if (args.flags.has('json')) printJson(io, report);
    else printPlain(io, report);
    return report.errorCount > 0 ? EXIT.failed : EXIT.ok;
  },
};
