import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openWorkspace } from '../electron/core/db/connection';
import {
  closeJobWorkers,
  jobWorkerWarm,
  prewarmJobWorker,
  runJob,
  type RunJobOptions,
} from '../electron/core/jobs';
import { reportCsv } from '../scripts/genKickstarterReport';
import { channels } from '../shared/contract';
import { benchCampaign } from './lib/benchCampaign';
import type { Benchmark, BenchOptions } from './run';

interface Run {
  wallMs: number;
  /** This process's CPU (both threads): the work moved, not removed. */
  cpuMs: number;
  p50: number;
  p99: number;
  max: number;
  /** Timer ticks the main thread managed during the import (one asked every 10 ms). */
  ticks: number;
  created: number;
}

/** One fresh import of the report into a new workspace, the main event loop watched meanwhile. */
async function importWatched(
  dir: string,
  mode: 'inline' | 'worker',
  contentBase64: string,
): Promise<Run> {
  const ws = await openWorkspace(path.join(dir, `${mode}.copro`), { create: true });
  try {
    const input = channels['imports.run'].input.parse({
      campaignId: await benchCampaign(ws),
      files: [{ name: 'report.csv', contentBase64 }],
    });
    const delay = monitorEventLoopDelay({ resolution: 10 });
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 10);
    const cpu = process.cpuUsage();
    const start = performance.now();
    delay.enable();
    const summary = await runJob(ws, 'import.run', input, {}, { mode });
    delay.disable();
    const wallMs = performance.now() - start;
    const used = process.cpuUsage(cpu);
    clearInterval(ticker);
    const ms = (ns: number): number => ns / 1e6;
    return {
      wallMs,
      cpuMs: (used.user + used.system) / 1000,
      p50: ms(delay.percentile(50)),
      p99: ms(delay.percentile(99)),
      max: ms(delay.max),
      ticks,
      created: summary.created,
    };
  } finally {
    await ws.close();
  }
}

/** Backers in the small preview whose latency is measured: what a producer tries first. */
const PREVIEW_BACKERS = 50;
/** Rounds of each latency case: medians of a few, the machine being shared. */
const LATENCY_ROUNDS = 5;

interface Timed {
  wallMs: number;
  cpuMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * How long a small import preview takes from the click to the answer: in-process, on a cold
 * worker (started for the job), on a worker prewarmed when the workspace was opened (the job sent
 * at once, or once the warm-up is done), and the next job on the warm worker.
 */
async function previewLatency(dir: string): Promise<void> {
  const ws = await openWorkspace(path.join(dir, 'latency.copro'), { create: true });
  try {
    const input = channels['imports.preview'].input.parse({
      campaignId: await benchCampaign(ws),
      files: [
        {
          name: 'report.csv',
          contentBase64: Buffer.from(reportCsv(PREVIEW_BACKERS)).toString('base64'),
        },
      ],
    });
    const preview = async (mode: RunJobOptions['mode']): Promise<Timed> => {
      const cpu = process.cpuUsage();
      const start = performance.now();
      const summary = await runJob(ws, 'import.preview', input, {}, { mode });
      const wallMs = performance.now() - start;
      const used = process.cpuUsage(cpu);
      if (summary.created !== PREVIEW_BACKERS) {
        throw new Error(`expected ${PREVIEW_BACKERS} created, got ${summary.created}`);
      }
      return { wallMs, cpuMs: (used.user + used.system) / 1000 };
    };
    const cases = {
      inline: { label: 'in-process (main thread)', runs: [] as Timed[] },
      cold: { label: 'worker started for the job', runs: [] as Timed[] },
      rightAway: { label: 'worker prewarmed, job at once', runs: [] as Timed[] },
      prewarmed: { label: 'worker prewarmed, warm-up done', runs: [] as Timed[] },
      second: { label: 'second job, same worker', runs: [] as Timed[] },
    };
    await preview('inline'); // the main thread's own first load of the importers
    for (let round = 0; round < LATENCY_ROUNDS; round += 1) {
      cases.inline.runs.push(await preview('inline'));
      await closeJobWorkers();
      cases.cold.runs.push(await preview('worker'));
      cases.second.runs.push(await preview('worker'));
      await closeJobWorkers();
      prewarmJobWorker(ws); // what opening the workspace does
      cases.rightAway.runs.push(await preview('worker'));
      await closeJobWorkers();
      prewarmJobWorker(ws);
      await jobWorkerWarm();
      cases.prewarmed.runs.push(await preview('worker'));
    }
    await closeJobWorkers();
    const base = median(cases.inline.runs.map((r) => r.wallMs));
    const warm = median(cases.second.runs.map((r) => r.wallMs));
    const cell = (value: number): string => value.toFixed(0).padStart(10);
    console.log(
      `\n${`preview of ${PREVIEW_BACKERS} backers (median of ${LATENCY_ROUNDS})`.padEnd(34)}` +
        `${'wall ms'.padStart(10)}${'cpu ms'.padStart(10)}${'÷ inline'.padStart(10)}`,
    );
    for (const { label, runs } of Object.values(cases)) {
      const wall = median(runs.map((r) => r.wallMs));
      const cpu = median(runs.map((r) => r.cpuMs));
      console.log(
        `${label.padEnd(34)}${cell(wall)}${cell(cpu)}${`×${(wall / base).toFixed(1)}`.padStart(10)}`,
      );
    }
    const ratio = (label: keyof typeof cases): string =>
      (median(cases[label].runs.map((r) => r.wallMs)) / warm).toFixed(1);
    console.log(
      `first job ÷ job on the warm worker: started for the job ×${ratio('cold')}, ` +
        `prewarmed at open ×${ratio('rightAway')} (job at once) / ×${ratio('prewarmed')} (warm-up done)`,
    );
  } finally {
    await ws.close();
  }
}

async function run(options: BenchOptions): Promise<void> {
  const backers = options.contributors;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-bench-responsiveness-'));
  try {
    await previewLatency(dir);
    console.log(`\ngenerating a Kickstarter report of ${backers.toLocaleString('en')} backers…`);
    const contentBase64 = Buffer.from(reportCsv(backers)).toString('base64');
    const inline = await importWatched(dir, 'inline', contentBase64);
    const worker = await importWatched(dir, 'worker', contentBase64);
    if (inline.created !== backers || worker.created !== backers) {
      throw new Error(`expected ${backers} created, got ${inline.created} / ${worker.created}`);
    }
    const cell = (value: number): string => value.toFixed(0).padStart(10);
    console.log(
      `\n${'import of the report'.padEnd(28)}${'wall ms'.padStart(10)}${'cpu ms'.padStart(10)}` +
        `${'loop p50'.padStart(10)}${'loop p99'.padStart(10)}${'loop max'.padStart(10)}${'ticks'.padStart(10)}`,
    );
    for (const [label, r] of [
      ['on the main thread', inline],
      ['in a worker thread', worker],
    ] as const) {
      console.log(
        `${label.padEnd(28)}${cell(r.wallMs)}${cell(r.cpuMs)}${cell(r.p50)}${cell(r.p99)}${cell(r.max)}${cell(r.ticks)}`,
      );
    }
    const ratio = (a: number, b: number): string => (b > 0 ? (a / b).toFixed(1) : '∞');
    console.log(
      `event-loop delay, main thread ÷ worker: p99 ×${ratio(inline.p99, worker.p99)}, max ×${ratio(inline.max, worker.max)}; ` +
        `wall time, worker ÷ main thread: ×${(worker.wallMs / inline.wallMs).toFixed(2)}`,
    );
  } finally {
    if (options.keep) console.log(`kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const responsivenessBenchmark: Benchmark = {
  name: 'responsiveness',
  description:
    'job latency of a small preview (in-process, cold, prewarmed and warm worker), then the main event loop during a generated Kickstarter import (DESIGN: 250,000 backers), on the main thread vs in the job worker',
  run,
};
