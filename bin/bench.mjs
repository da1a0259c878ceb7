#!/usr/bin/env node
// `npm run bench [-- name… --contributors N --keep]`: runs the benchmarks of bench/ through tsx,
// like bin/copro.mjs, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
const { runBenchmarks } = await import('../bench/run.ts');
process.exitCode = await runBenchmarks(process.argv.slice(2));
