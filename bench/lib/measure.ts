/**
 * Timing helpers: median and 95th percentile of repeated runs, printed as a table. Besides wall
 * time each run's CPU time is kept: on a machine shared with other work the wall time waits for
 * the CPU, the CPU time much less, so it is the closer estimate of an idle machine.
 */

export interface Timing {
  label: string;
  medianMs: number;
  p95Ms: number;
  cpuMedianMs: number;
  /** The first, untimed-for-the-median run (a cold cache, an index to build). */
  warmUpMs: number;
  warmUpCpuMs: number;
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
  const warmCpu = process.cpuUsage();
  const warmStart = performance.now();
  await action();
  const warmUpMs = performance.now() - warmStart;
  const warmUsed = process.cpuUsage(warmCpu);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await before?.();
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    await action();
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    label,
    medianMs: percentile(wall, 0.5),
    p95Ms: percentile(wall, 0.95),
    cpuMedianMs: percentile(cpu, 0.5),
    warmUpMs,
    warmUpCpuMs: (warmUsed.user + warmUsed.system) / 1000,
    runs,
    note,
  };
}

/** A table of timings with each median as a ratio of the baseline's median (same run, same machine). */
export function printTimings(title: string, baseline: Timing, timings: Timing[]): void {
  const rows = [baseline, ...timings];
  const width = Math.max(...rows.map((row) => row.label.length));
  const columns = ['median ms', 'p95 ms', 'cpu ms', '× baseline'];
  console.log(`\n${title}`);
  console.log(`${'case'.padEnd(width)}  ${columns.map((c) => c.padStart(10)).join('  ')}`);
  for (const row of rows) {
    const ratio = baseline.medianMs > 0 ? row.medianMs / baseline.medianMs : Number.NaN;
    const cells = [row.medianMs, row.p95Ms, row.cpuMedianMs, ratio].map((value, i) =>
      value.toFixed(i === 3 ? 1 : 2).padStart(10),
    );
    console.log(
      `${row.label.padEnd(width)}  ${cells.join('  ')}${row.note ? `  ${row.note}` : ''}`,
    );
  }
}
