export { runJob, CANCEL_GRACE_MS, type RunJobOptions } from './runner';
export { busyError, isSqliteBusy, jobIsWriting } from './writeGuard';
export type { JobName, JobInput, JobOutput } from './jobTable';
