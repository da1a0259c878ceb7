/** Timing helpers: median and 95th percentile of repeated runs, printed as a table. */

export interface Timing {
  label: string;
  medianMs: number;
  p95Ms: number;
  runs: number;
  note?: string;
}

function percentile(sorted: number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

/**
 * Runs `action` once to warm up, then `runs` times, and reports median and p95 in ms.
 * `before` runs before each timed run, outside the timing (e.g. to forget cached totals).
 */
export async function time(
  label: string,
  action: () => Promise<unknown> | unknown,
  options: { runs?: number; note?: string; before?: () => unknown } = {},
): Promise<Timing> {
  const { runs = 25, note, before } = options;
  await before?.();
  await action();
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await before?.();
    const started = performance.now();
    await action();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return {
    label,
    medianMs: percentile(samples, 0.5),
    p95Ms: percentile(samples, 0.95),
    runs,
    note,
  };
}

/** A table of timings with each median as a ratio of the baseline's median (same run, same machine). */
export function printTimings(title: string, baseline: Timing, timings: Timing[]): void {
  const rows = [baseline, ...timings];
  const width = Math.max(...rows.map((row) => row.label.length));
  console.log(`\n${title}`);
  console.log(
    `${'case'.padEnd(width)}  ${'median ms'.padStart(10)}  ${'p95 ms'.padStart(9)}  ${'× baseline'.padStart(10)}`,
  );
  for (const row of rows) {
    const ratio = baseline.medianMs > 0 ? row.medianMs / baseline.medianMs : Number.NaN;
    console.log(
      `${row.label.padEnd(width)}  ${row.medianMs.toFixed(2).padStart(10)}  ${row.p95Ms.toFixed(2).padStart(9)}  ${ratio.toFixed(1).padStart(10)}${row.note ? `  ${row.note}` : ''}`,
    );
  }
}
