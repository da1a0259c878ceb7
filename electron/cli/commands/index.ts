import type { Command } from '../command';

/** Loaded only when used, so `copro channels` never loads SQLite and `copro call` never Vite. */
export type CommandLoader = () => Promise<{ command: Command }>;

/** Every `copro` command. Adding one: a module here exporting `command`, and one line below. */
export const commandRegistry: Readonly<Record<string, CommandLoader>> = {
  init: () => import('./init'),
  demo: () => import('./demo'),
  check: () => import('./check'),
  backup: () => import('./backup'),
  channels: () => import('./channels'),
  call: () => import('./call'),
  import: () => import('./import'),
  export: () => import('./export'),
  web: () => import('./web'),
};
