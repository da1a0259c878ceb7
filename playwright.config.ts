import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: browser mode (electron/server) driven in Debian's Chromium.
 * Browsers are never downloaded: the system `/usr/bin/chromium` is used directly.
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  // Failure screenshots and the smoke screenshot land here (cleaned at the start of a run).
  outputDir: 'test-results',
  fullyParallel: false,
  // Two cores shared with other work: one browser at a time keeps runs steady.
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env['CI']),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        // Running as root in a container: Chromium's sandbox cannot start there.
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        // The network is closed: no update checks, sync or background fetches.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
