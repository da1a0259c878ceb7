import { useEffect, useRef, useState } from 'react';
import { onProgress } from '../../api';

export interface OperationProgress {
  done: number;
  total: number;
  /** Time from the start of the call to this report: the rate so far. */
  elapsedMs: number;
}

interface Reported extends OperationProgress {
  operationId: string;
}

/**
 * The progress events of one call, matched on the operation id it was invoked with (null:
 * nothing runs), so another window's or dialog's import never moves this bar. The subscription
 * stays open while the caller is mounted, so the event stream is connected before a call starts
 * and its first reports are not lost.
 */
export function useOperationProgress(operationId: string | null): OperationProgress | undefined {
  const [reported, setReported] = useState<Reported>();
  const run = useRef<{ id: string | null; startedAt: number }>({ id: null, startedAt: 0 });

  useEffect(() => {
    run.current = { id: operationId, startedAt: Date.now() };
  }, [operationId]);

  useEffect(
    () =>
      onProgress((event) => {
        const { id, startedAt } = run.current;
        if (id === null || event.operationId !== id) return;
        setReported({
          operationId: id,
          done: event.done,
          total: event.total,
          elapsedMs: Date.now() - startedAt,
        });
      }),
    [],
  );

  return reported !== undefined && reported.operationId === operationId ? reported : undefined;
}
