// Starts the job worker from the TypeScript sources (tests, `copro`, browser mode, Playwright):
// a worker thread does not inherit its parent's TypeScript loader, so it registers tsx itself.
// The Electron build does not use this file: electron-vite bundles workerEntry.ts as jobWorker.js.
import { register } from 'tsx/esm/api';

register();
await import('./workerEntry.ts');
