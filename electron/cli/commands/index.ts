import type { Command } from '../command';

export interface CommandEntry {
  summary: string;
  /** Loaded only when the command runs, so `copro channels` never loads SQLite or Vite. */
  load: () => Promise<{ command: Command }>;
}

/** Every `copro` command. Adding one: a module in this folder exporting `command`, and one line here. */
export const commandRegistry: Readonly<Record<string, CommandEntry>> = {
  init: { summary: 'Create a new, empty workspace file.', load: () => import('./init') },
  demo: { summary: 'Create a workspace holding the demo film.', load: () => import('./demo') },
  check: {
    summary: 'Check a workspace’s integrity and schema version.',
    load: () => import('./check'),
  },
  backup: {
    summary: 'Copy a workspace safely, even while it is open.',
    load: () => import('./backup'),
  },
  channels: { summary: 'List the channels of the contract.', load: () => import('./channels') },
  call: {
    summary: 'Call one channel on a workspace and print the result.',
    load: () => import('./call'),
  },
  web: { summary: 'Open a workspace in the browser (browser mode).', load: () => import('./web') },
};
