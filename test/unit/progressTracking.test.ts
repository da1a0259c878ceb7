// How the renderer turns an operation's progress events into a bar: the time left is estimated
// from the current phase's own rate, so a new phase restarts the clock.
import { describe, expect, it } from 'vitest';
import { estimateRemainingMs, trackProgress } from '../../shared/progress';

const copy = (done: number) => ({
  operation: 'backup',
  phase: 'copy',
  done,
  total: 400,
  operationId: 'op-1',
});

describe('trackProgress', () => {
  it('times a phase from its first report, and restarts the clock when the phase changes', () => {
    const first = trackProgress(undefined, copy(0), 10_000);
    expect(first.elapsedMs).toBe(0);
    const later = trackProgress(first, copy(100), 12_000);
    expect(later).toMatchObject({ done: 100, total: 400, phase: 'copy', elapsedMs: 2000 });
    // 100 pages in 2 s: 300 left take about 6 s.
    expect(estimateRemainingMs(later.done, later.total, later.elapsedMs)).toBe(6000);

    const preparing = trackProgress(later, { ...copy(0), phase: 'prepare', total: 0 }, 13_000);
    expect(preparing.elapsedMs).toBe(0);
    expect(estimateRemainingMs(preparing.done, preparing.total, preparing.elapsedMs)).toBeNull();
  });

  it('starts a new clock for another operation, even in the same phase', () => {
    const first = trackProgress(undefined, copy(200), 1_000);
    const other = trackProgress(first, { ...copy(10), operationId: 'op-2' }, 5_000);
    expect(other).toMatchObject({ operationId: 'op-2', done: 10, elapsedMs: 0 });
  });

  it('gives no estimate before a second has passed or before anything is done', () => {
    expect(estimateRemainingMs(50, 400, 900)).toBeNull();
    expect(estimateRemainingMs(0, 400, 5000)).toBeNull();
    expect(estimateRemainingMs(400, 400, 5000)).toBeNull();
  });
});
