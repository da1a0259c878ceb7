import type { ProgressEvent } from './contract';

/**
 * How a progress bar reads an operation's progress events (pure, shared so it is tested without
 * a page): the last report, timed from the start of its phase, and the time left at that rate.
 */

/** No estimate before this much time has passed: the first rows say little about the rate. */
const MIN_ELAPSED_FOR_ESTIMATE_MS = 1000;

/** Time left at the rate so far, in milliseconds; null when it cannot be told yet. */
export function estimateRemainingMs(done: number, total: number, elapsedMs: number): number | null {
  if (done <= 0 || total <= done || elapsedMs < MIN_ELAPSED_FOR_ESTIMATE_MS) return null;
  return (elapsedMs * (total - done)) / done;
}

/** The last progress report of one operation, timed from the start of its current phase. */
export interface LiveProgress {
  operation: string;
  phase?: string | undefined;
  done: number;
  total: number;
  /** From the start of this phase to this report: a phase's own rate gives its time left. */
  elapsedMs: number;
}

export interface TrackedProgress extends LiveProgress {
  operationId: string;
  phaseStartedAt: number;
}

/** Folds one event into what is known of its operation; a new phase restarts the clock. */
export function trackProgress(
  previous: TrackedProgress | undefined,
  event: ProgressEvent & { operationId: string },
  now: number,
): TrackedProgress {
  const samePhase =
    previous !== undefined &&
    previous.operationId === event.operationId &&
    previous.phase === event.phase;
  const phaseStartedAt = samePhase ? previous.phaseStartedAt : now;
  return {
    operationId: event.operationId,
    operation: event.operation,
    phase: event.phase,
    done: event.done,
    total: event.total,
    phaseStartedAt,
    elapsedMs: now - phaseStartedAt,
  };
}
