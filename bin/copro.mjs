#!/usr/bin/env node
// `copro`: runs the TypeScript sources directly through tsx, so no build step is needed.
import { register } from 'tsx/esm/api';

// `npm run copro -- init Slate.copro` runs in the package folder; paths are meant from where
// the user typed the command.
if (process.env.npm_lifecycle_event === 'copro' && process.env.INIT_CWD) {
  process.chdir(process.env.INIT_CWD);
}
register();
const { runCli } = await import('../electron/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
