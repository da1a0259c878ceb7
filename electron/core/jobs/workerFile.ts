import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where this module is: electron/core/jobs in the sources, out/main (or a chunk folder) built. */
const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The file a job worker starts from. Built by electron-vite, the worker is its own entry,
 * `jobWorker.js`, beside the main bundle (this module may sit in a chunk folder below it). From
 * the sources (tsx, vitest, Playwright), `worker.mjs` registers tsx in the new thread and loads
 * `workerEntry.ts`.
 */
export function jobWorkerFile(): string {
  const candidates = [
    path.join(here, 'jobWorker.js'),
    path.join(here, '..', 'jobWorker.js'),
    path.join(here, 'worker.mjs'),
  ];
  const found = candidates.find((file) => fs.existsSync(file));
  if (found === undefined) {
    throw new Error(`The job worker is missing: none of ${candidates.join(', ')} exists.`);
  }
  return found;
}
