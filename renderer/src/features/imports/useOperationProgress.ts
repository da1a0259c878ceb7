import { useEffect, useRef, useState } from 'react';
import { onProgress } from '../../api';

export interface OperationProgress {
  done: number;
  total: number;
  /** Time from the start of the run to this report: the rate so far. */
  elapsedMs: number;
}

interface Reported extends OperationProgress {
  runKey: string;
}

/**
 * The progress events of one operation ('import'…) for the run named `runKey` (null: nothing
 * runs). The subscription stays open while the caller is mounted, so the event stream is
 * connected before a call starts and its first reports are not lost.
 */
export function useOperationProgress(
  operation: string,
  runKey: string | null,
): OperationProgress | undefined {
  const [reported, setReported] = useState<Reported>();
  const run = useRef<{ key: string | null; startedAt: number }>({ key: null, startedAt: 0 });

  useEffect(() => {
    run.current = { key: runKey, startedAt: Date.now() };
  }, [runKey]);

  useEffect(
    () =>
      onProgress((event) => {
        const { key, startedAt } = run.current;
        if (event.operation !== operation || key === null) return;
        setReported({
          runKey: key,
          done: event.done,
          total: event.total,
          elapsedMs: Date.now() - startedAt,
        });
      }),
    [operation],
  );

  return reported !== undefined && reported.runKey === runKey ? reported : undefined;
}
