import { useEffect, useRef, useState } from 'react';
import { onProgress } from '../../api';

export interface OperationProgress {
  done: number;
  total: number;
  /** Time from the start of the call (or the end of its wait) to this report: the rate so far. */
  elapsedMs: number;
  /** What the call does now (`progress.phases.<key>`), e.g. `waiting` behind another import. */
  phase?: string | undefined;
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
  const run = useRef<{ id: string | null; startedAt: number; waiting: boolean }>({
    id: null,
    startedAt: 0,
    waiting: false,
  });

  useEffect(() => {
    run.current = { id: operationId, startedAt: Date.now(), waiting: false };
  }, [operationId]);

  useEffect(
    () =>
      onProgress((event) => {
        const current = run.current;
        if (current.id === null || event.operationId !== current.id) return;
        const waiting = event.phase === 'waiting';
        // A call that waited for another import starts its clock when its turn comes.
        if (waiting || current.waiting) current.startedAt = Date.now();
        current.waiting = waiting;
        setReported({
          operationId: current.id,
          done: event.done,
          total: event.total,
          elapsedMs: Date.now() - current.startedAt,
          phase: event.phase,
        });
      }),
    [],
  );

  return reported !== undefined && reported.operationId === operationId ? reported : undefined;
}
