import type { Language, ParsedInput } from '../../../shared/contract';
import type { ExportFile } from '../../../shared/contract/exports';
import type { BackupResult } from './backupCopy';
import type { JobContext, JobEnv } from './jobContext';

// Each job loads its code when it runs: a worker starts a fresh module graph, and an import
// need not wait for exceljs, nor an export for the importers.

/** One kind of job: a core function whose input and output survive structured cloning. */
interface JobSpec<I, O> {
  /** True when the job writes the workspace (the main connection then waits less for it). */
  readonly writes: boolean;
  run(env: JobEnv, input: I, ctx: JobContext): Promise<O>;
}

function job<I, O>(spec: JobSpec<I, O>): JobSpec<I, O> {
  return spec;
}

export interface BudgetWorkbookJobInput {
  projectId: number;
  language: Language;
  /** ISO date-time the workbook is dated with (tests pin it). */
  now?: string;
}

/**
 * Every job a worker can run, by name. The worker runs the very same functions the app ran on its
 * own thread before: an import still yields, reports progress and checks its signal the same way.
 */
export const jobTable = {
  'import.preview': job({
    writes: true, // a preview applies the rows inside a transaction it rolls back
    run: async (env, input: ParsedInput<'imports.preview'>, ctx) => {
      const { runImport } = await import('../import/apply');
      return runImport(env.workspace(), input, ctx, 'preview');
    },
  }),
  'import.run': job({
    writes: true,
    run: async (env, input: ParsedInput<'imports.run'>, ctx) => {
      const { runImport } = await import('../import/apply');
      return runImport(env.workspace(), input, ctx, 'run');
    },
  }),
  'budgetImport.preview': job({
    writes: false,
    run: async (env, input: ParsedInput<'budget.importPreview'>) => {
      const { previewBudgetImport } = await import('../budgetImport/preview');
      return previewBudgetImport(env.workspace().db, input);
    },
  }),
  'budgetImport.run': job({
    writes: true,
    run: async (env, input: ParsedInput<'budget.importRun'>, ctx) => {
      const { runBudgetImport } = await import('../budgetImport/run');
      return runBudgetImport(env.workspace().db, input, ctx.signal);
    },
  }),
  'export.budgetWorkbook': job({
    writes: false,
    run: async (env, input: BudgetWorkbookJobInput, ctx): Promise<ExportFile> => {
      const { budgetWorkbookFile } = await import('../export/budgetWorkbook');
      const file = await budgetWorkbookFile(env.workspace().db, input.projectId, {
        language: input.language,
        now: input.now === undefined ? undefined : new Date(input.now),
        onProgress: ctx.onProgress,
      });
      // Encoded here too: a large workbook's base64 is work kept off the main thread.
      return {
        fileName: file.fileName,
        contentBase64: file.content.toString('base64'),
        sheets: file.sheets,
      };
    },
  }),
  'workspace.backup': job({
    writes: false,
    run: async (env, input: { target: string }, ctx): Promise<BackupResult> => {
      const { copyDatabase } = await import('./backupCopy');
      return copyDatabase(env.workspace().sqlite, input.target, ctx, env.nativeBinding);
    },
  }),
  'demo.create': job({
    writes: false, // it writes a new file, never the open workspace
    run: async (env, input: { target: string }, ctx) => {
      const { buildDemoFile } = await import('./demoBuild');
      return buildDemoFile(input.target, ctx, env.nativeBinding);
    },
  }),
};

export type JobName = keyof typeof jobTable;
export type JobInput<N extends JobName> = Parameters<(typeof jobTable)[N]['run']>[1];
export type JobOutput<N extends JobName> = Awaited<ReturnType<(typeof jobTable)[N]['run']>>;

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(jobTable, name);
}

/** Runs a job right here, on this thread (in-process mode, and inside the worker). */
export function runJobHere<N extends JobName>(
  name: N,
  env: JobEnv,
  input: JobInput<N>,
  ctx: JobContext,
): Promise<JobOutput<N>> {
  const spec = jobTable[name] as unknown as JobSpec<JobInput<N>, JobOutput<N>>;
  return spec.run(env, input, ctx);
}

export function jobWrites(name: JobName): boolean {
  return jobTable[name].writes;
}
