import type { Language, ParsedInput } from '../../../shared/contract';
import type { ExportFile } from '../../../shared/contract/exports';
import type { BackupResult } from './backupCopy';
import type { JobContext, JobEnv } from './jobContext';

// Each job loads its code on first use (`load`): an import need not wait for exceljs, nor an
// export for the importers. A warm worker keeps what it loaded, and may load it ahead (`warm`).

/** One kind of job: a core function whose input and output survive structured cloning. */
interface JobSpec<M, I, O> {
  /** True when the job writes the workspace (the main connection then waits less for it). */
  readonly writes: boolean;
  load(): Promise<M>;
  run(code: M, env: JobEnv, input: I, ctx: JobContext): Promise<O>;
}

function job<M, I, O>(spec: JobSpec<M, I, O>): JobSpec<M, I, O> {
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
    load: () => import('../import/apply'),
    run: (code, env, input: ParsedInput<'imports.preview'>, ctx) =>
      code.runImport(env.workspace(), input, ctx, 'preview'),
  }),
  'import.run': job({
    writes: true,
    load: () => import('../import/apply'),
    run: (code, env, input: ParsedInput<'imports.run'>, ctx) =>
      code.runImport(env.workspace(), input, ctx, 'run'),
  }),
  'budgetImport.preview': job({
    writes: false,
    load: () => import('../budgetImport/preview'),
    run: (code, env, input: ParsedInput<'budget.importPreview'>) =>
      code.previewBudgetImport(env.workspace().db, input),
  }),
  'budgetImport.run': job({
    writes: true,
    load: () => import('../budgetImport/run'),
    run: (code, env, input: ParsedInput<'budget.importRun'>, ctx) =>
      code.runBudgetImport(env.workspace().db, input, ctx.signal),
  }),
  'export.budgetWorkbook': job({
    writes: false,
    load: () => import('../export/budgetWorkbook'),
    run: async (code, env, input: BudgetWorkbookJobInput, ctx): Promise<ExportFile> => {
      const file = await code.budgetWorkbookFile(env.workspace().db, input.projectId, {
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
    load: () => import('./backupCopy'),
    run: (code, env, input: { target: string }, ctx): Promise<BackupResult> =>
      code.copyDatabase(env.workspace().sqlite, input.target, ctx, env.nativeBinding),
  }),
  'workspace.upgrade': job({
    writes: false, // it runs before the app opens the file: no open workspace to share
    load: () => import('./upgradeFile'),
    run: (code, env, input: { file: string }, ctx) =>
      code.upgradeWorkspaceFile(input.file, ctx, env.nativeBinding),
  }),
  'demo.create': job({
    writes: false, // it writes a new file, never the open workspace
    load: () => import('./demoBuild'),
    run: (code, env, input: { target: string }, ctx) =>
      code.buildDemoFile(input.target, ctx, env.nativeBinding),
  }),
};

export type JobName = keyof typeof jobTable;
export type JobInput<N extends JobName> = Parameters<(typeof jobTable)[N]['run']>[2];
export type JobOutput<N extends JobName> = Awaited<ReturnType<(typeof jobTable)[N]['run']>>;

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(jobTable, name);
}

/** Runs a job right here, on this thread (in-process mode, and inside the worker). */
export async function runJobHere<N extends JobName>(
  name: N,
  env: JobEnv,
  input: JobInput<N>,
  ctx: JobContext,
): Promise<JobOutput<N>> {
  const spec = jobTable[name] as unknown as JobSpec<unknown, JobInput<N>, JobOutput<N>>;
  return spec.run(await spec.load(), env, input, ctx);
}

/** Loads a job's code without running it (a warm worker, ahead of the first job). */
export async function loadJob(name: JobName): Promise<void> {
  await jobTable[name].load();
}

export function jobWrites(name: JobName): boolean {
  return jobTable[name].writes;
}
