import os from 'node:os';

/** One benchmark file: a name to select it by and a run that prints its own figures. */
export interface Benchmark {
  name: string;
  description: string;
  run(options: BenchOptions): Promise<void>;
}

export interface BenchOptions {
  /** How many contributors a generated workspace holds (default 250,000: DESIGN's bar). */
  contributors: number;
  /** Keep the generated workspace file and print its path. */
  keep: boolean;
}

/** The registry: add a benchmark file here. */
const benchmarks: (() => Promise<Benchmark>)[] = [
  async () => (await import('./contributorSearch')).contributorSearchBenchmark,
  async () => (await import('./platformImport')).platformImportBenchmark,
  async () => (await import('./responsiveness')).responsivenessBenchmark,
  async () => (await import('./lib/fulfillmentBench')).fulfillmentListBenchmark,
];

function parseOptions(args: string[]): { names: string[]; options: BenchOptions } {
  const options: BenchOptions = { contributors: 250_000, keep: false };
  const names: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--keep') options.keep = true;
    else if (arg === '--contributors') {
      const value = Number(args[(i += 1)]);
      if (!Number.isInteger(value) || value < 1)
        throw new Error('--contributors needs a whole number');
      options.contributors = value;
    } else if (arg !== undefined) names.push(arg);
  }
  return { names, options };
}

/** Runs the benchmarks named in `args` (all without names); returns the exit code. */
export async function runBenchmarks(args: string[]): Promise<number> {
  const { names, options } = parseOptions(args);
  const loaded = await Promise.all(benchmarks.map((load) => load()));
  const unknown = names.filter((name) => !loaded.some((b) => b.name === name));
  if (unknown.length > 0) {
    console.error(
      `Unknown benchmark ${unknown.join(', ')}; known: ${loaded.map((b) => b.name).join(', ')}`,
    );
    return 2;
  }
  const selected = names.length === 0 ? loaded : loaded.filter((b) => names.includes(b.name));
  const load = os.loadavg()[0] ?? 0;
  console.log(
    `node ${process.version}, ${os.cpus().length} cores, load average ${load.toFixed(2)}`,
  );
  if (load > os.cpus().length / 2) {
    console.log(
      '(the machine is busy: figures are slower than on an idle machine; ratios hold better)',
    );
  }
  for (const benchmark of selected) {
    console.log(`\n== ${benchmark.name}: ${benchmark.description}`);
    await benchmark.run(options);
  }
  return 0;
}
