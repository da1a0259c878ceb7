import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type ConsoleMessage } from '@playwright/test';
import { DEFAULT_RENDERER_DIR, startServer } from '../../../electron/server/server';
import { seedWorkspace, type Seed } from './seed';

export interface App {
  /** The address to open, token included. */
  url: string;
  /** The temp workspace file behind this test's server (removed after the test). */
  workspacePath: string;
  token: string;
}

export interface AppOptions {
  /** What the workspace holds when the test starts: nothing, or the demo slate. */
  seed: Seed;
  /** Console errors a test provokes on purpose; anything else fails the test. */
  allowedConsoleErrors: RegExp[];
  /** Another built renderer (tests of the server itself); defaults to out/renderer. */
  rendererDir: string | undefined;
}

interface AppFixtures {
  app: App;
}

function describeConsole(message: ConsoleMessage): string {
  const where = message.location();
  const at = where.url ? ` (${where.url}:${where.lineNumber}:${where.columnNumber})` : '';
  return `console.${message.type()}: ${message.text()}${at}`;
}

/**
 * Per test: a fresh workspace file in a temp folder, browser mode started in-process on a
 * random port, and a page that fails the test on any console error or uncaught page error.
 */
export const test = base.extend<AppFixtures & AppOptions>({
  seed: ['empty', { option: true }],
  allowedConsoleErrors: [[], { option: true }],
  rendererDir: [undefined, { option: true }],

  app: async ({ seed, rendererDir }, use) => {
    const served = rendererDir ?? DEFAULT_RENDERER_DIR;
    if (!fs.existsSync(path.join(served, 'index.html'))) {
      throw new Error(`No built interface in ${served}: run "npm run build:web" first.`);
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-e2e-'));
    const workspacePath = path.join(dir, `${seed}.copro`);
    await seedWorkspace(workspacePath, seed);
    const server = await startServer({ workspacePath, port: 0, rendererDir });
    try {
      await use({ url: server.url, workspacePath, token: server.token });
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },

  // Overrides Playwright's page: every test is watched for console and page errors.
  page: async ({ page, allowedConsoleErrors }, use) => {
    const problems: string[] = [];
    const allowed = (text: string): boolean => allowedConsoleErrors.some((re) => re.test(text));
    page.on('console', (message) => {
      if (message.type() === 'error' && !allowed(message.text())) {
        problems.push(describeConsole(message));
      }
    });
    page.on('pageerror', (error) => {
      if (!allowed(error.message)) problems.push(`page error: ${error.stack ?? error.message}`);
    });
    await use(page);
    expect(problems, 'console errors or uncaught page errors during the test').toEqual([]);
  },
});

export { expect };
