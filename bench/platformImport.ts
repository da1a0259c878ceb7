import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openWorkspace } from '../electron/core/db/connection';
import { createDispatcher } from '../electron/core/dispatcher';
import { reportCsv } from '../scripts/genKickstarterReport';
import { benchCampaign } from './lib/benchCampaign';
import type { Benchmark, BenchOptions } from './run';

interface Measured {
  ms: number;
  cpuMs: number;
}

async function measure(action: () => Promise<unknown> | unknown): Promise<Measured> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await action();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

async function run(options: BenchOptions): Promise<void> {
  const backers = options.contributors;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-bench-import-'));
  try {
    console.log(`generating a Kickstarter report of ${backers.toLocaleString('en')} backers…`);
    const csv = reportCsv(backers);
    const bytes = Buffer.byteLength(csv);
    console.log(`report: ${(bytes / 1024 / 1024).toFixed(1)} MB of CSV`);
    const files = [{ name: 'report.csv', contentBase64: Buffer.from(csv).toString('base64') }];

    const ws = await openWorkspace(path.join(dir, 'bench.copro'), { create: true });
    const campaignId = await benchCampaign(ws);

    /**
     * Baseline of the same run: the machine's raw SQLite write speed — one prepared INSERT per row of
     * a plain table, in one transaction. An import does far more per backer (parse, dedupe, tier,
     * pledge, fulfillment lines, search index), so the ratio says how many raw inserts one backer
     * costs; it moves when the importer gets slower, not when the machine does.
     */
    const baseline = await measure(() => {
      ws.sqlite.exec('CREATE TABLE bench_raw (a TEXT, b TEXT, c INTEGER)');
      const insert = ws.sqlite.prepare('INSERT INTO bench_raw (a, b, c) VALUES (?, ?, ?)');
      ws.sqlite.transaction(() => {
        for (let i = 0; i < backers; i += 1) insert.run(`name ${i}`, `mail${i}@example.org`, i);
      })();
      ws.sqlite.exec('DROP TABLE bench_raw');
    });

    const dispatch = createDispatcher(ws);
    const input = { campaignId, format: 'kickstarter', files };
    let created = 0;
    const fresh = await measure(async () => {
      const result = await dispatch('imports.run', input);
      if (!result.ok) throw new Error(result.error.message);
      created = (result.value as { created: number }).created;
    });
    let unchanged = 0;
    const again = await measure(async () => {
      const result = await dispatch('imports.run', input);
      if (!result.ok) throw new Error(result.error.message);
      unchanged = (result.value as { unchanged: number }).unchanged;
    });
    const rssMb = process.memoryUsage().rss / 1024 / 1024;
    await ws.close();

    const row = (label: string, m: Measured, note: string): string =>
      `${label.padEnd(44)}${m.ms.toFixed(0).padStart(10)}${m.cpuMs.toFixed(0).padStart(10)}` +
      `${(m.ms / baseline.ms).toFixed(1).padStart(12)}  ${note}`;
    console.log(
      `\n${'case'.padEnd(44)}${'wall ms'.padStart(10)}${'cpu ms'.padStart(10)}${'× baseline'.padStart(12)}`,
    );
    console.log(row(`baseline: ${backers.toLocaleString('en')} raw INSERTs`, baseline, ''));
    console.log(
      row(
        'imports.run, first import',
        fresh,
        `${created.toLocaleString('en')} created, ${Math.round(backers / (fresh.ms / 1000)).toLocaleString('en')} backers/s`,
      ),
    );
    console.log(
      row('imports.run, same report again', again, `${unchanged.toLocaleString('en')} unchanged`),
    );
    console.log(`resident memory after both imports: ${rssMb.toFixed(0)} MB`);
  } finally {
    if (options.keep) console.log(`kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const platformImportBenchmark: Benchmark = {
  name: 'import',
  description:
    'imports.run of a generated Kickstarter report (DESIGN: 250,000 backers), then the same report again',
  run,
};
