import { useCallback, useEffect, useRef, useState } from 'react';
import { trackProgress, type LiveProgress, type TrackedProgress } from '../../../shared/progress';
import { newOperationId, onProgress, toApiError, type ApiError, type InvokeOptions } from '../api';

export type { LiveProgress } from '../../../shared/progress';

/** Operations quicker than this never show a bar: no flash for a copy that takes 50 ms. */
export const SHOW_PROGRESS_AFTER_MS = 300;

/**
 * The progress events of the operations `accepts` picks by their operation id (a stable
 * function: a new one subscribes again). The subscription stays open while the caller is
 * mounted, so the event stream is connected before a call starts and its first reports are not
 * lost.
 */
export function useProgressEvents(
  accepts: (operationId: string) => boolean,
): [(LiveProgress & { operationId: string }) | undefined, () => void] {
  const [tracked, setTracked] = useState<TrackedProgress>();

  useEffect(
    () =>
      onProgress((event) => {
        const { operationId } = event;
        if (operationId === undefined || !accepts(operationId)) return;
        setTracked((previous) => trackProgress(previous, { ...event, operationId }, Date.now()));
      }),
    [accepts],
  );
  const clear = useCallback(() => setTracked(undefined), []);
  return [tracked, clear];
}

/**
 * True once the operation named `running` (null: none) has run for `delayMs`; false again as
 * soon as it ends, and for the next one until its own delay has passed.
 */
export function useShownAfterDelay(
  running: string | null,
  delayMs = SHOW_PROGRESS_AFTER_MS,
): boolean {
  const [shownFor, setShownFor] = useState<string | null>(null);
  useEffect(() => {
    if (running === null) return undefined;
    const timer = window.setTimeout(() => setShownFor(running), delayMs);
    return () => window.clearTimeout(timer);
  }, [running, delayMs]);
  return running !== null && shownFor === running;
}

export type LongOperationState<T> =
  | { status: 'idle' }
  | { status: 'running'; operationId: string }
  | { status: 'done'; value: T }
  | { status: 'cancelled' }
  | { status: 'failed'; error: ApiError };

export interface LongOperation<T> {
  state: LongOperationState<T>;
  /** The running call's last report (none before the first). */
  progress: LiveProgress | undefined;
  /** The call has run longer than SHOW_PROGRESS_AFTER_MS: time to show its bar. */
  showProgress: boolean;
  /**
   * Runs `call` (given the signal and operation id to pass to `invoke`), then `finish` with its
   * answer — unless Cancel was pressed meanwhile: a late answer is dropped, nothing is written.
   * With `answerStands`, a late answer is still finished: what it did elsewhere (the app now
   * serves another workspace) cannot be dropped here.
   */
  start(
    call: (options: InvokeOptions) => Promise<T>,
    finish?: (value: T) => void,
    options?: { answerStands?: boolean },
  ): Promise<void>;
  cancel(): void;
  /** Back to idle (a done or cancelled note put away). */
  reset(): void;
}

/** One long call of the contract at a time, with its progress, its bar's delay and Cancel. */
export function useLongOperation<T>(): LongOperation<T> {
  const [state, setState] = useState<LongOperationState<T>>({ status: 'idle' });
  const running = useRef<{ operationId: string; abort: AbortController } | null>(null);
  const accepts = useCallback((id: string) => running.current?.operationId === id, []);
  const [tracked, clear] = useProgressEvents(accepts);
  const runningId = state.status === 'running' ? state.operationId : null;
  const showProgress = useShownAfterDelay(runningId);

  const start = useCallback(
    async (
      call: (options: InvokeOptions) => Promise<T>,
      finish?: (value: T) => void,
      options: { answerStands?: boolean } = {},
    ) => {
      const abort = new AbortController();
      const operationId = newOperationId();
      running.current = { operationId, abort };
      clear();
      setState({ status: 'running', operationId });
      try {
        const value = await call({ signal: abort.signal, operationId });
        if (abort.signal.aborted && !options.answerStands) {
          setState({ status: 'cancelled' });
          return;
        }
        finish?.(value);
        setState({ status: 'done', value });
      } catch (error) {
        const failure = toApiError(error);
        setState(
          failure.code === 'cancelled' || abort.signal.aborted
            ? { status: 'cancelled' }
            : { status: 'failed', error: failure },
        );
      } finally {
        if (running.current?.abort === abort) running.current = null;
      }
    },
    [clear],
  );
  const cancel = useCallback(() => running.current?.abort.abort(), []);
  const reset = useCallback(() => {
    if (!running.current) setState({ status: 'idle' });
  }, []);

  const progress = tracked !== undefined && tracked.operationId === runningId ? tracked : undefined;
  return { state, progress, showProgress, start, cancel, reset };
}
