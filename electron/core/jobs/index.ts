export { runJob, CANCEL_GRACE_MS, type RunJobOptions } from './runner';
export { openWorkspaceUpgraded, type OpenUpgradedOptions } from './openUpgraded';
export {
  closeJobWorkers,
  jobWorkerStats,
  jobWorkerWarm,
  JOB_WORKER_IDLE_MS,
  prewarmJobWorker,
  releaseWorkspace,
} from './pool';
export { busyError, isSqliteBusy, jobIsWriting } from './writeGuard';
export type { JobName, JobInput, JobOutput } from './jobTable';
