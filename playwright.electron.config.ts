import { defineConfig } from '@playwright/test';

/**
 * The Electron shell's end-to-end tests (`npx playwright test -c playwright.electron.config.ts`).
 * Kept apart from the browser-mode suite: they need Electron's binary, which is downloaded on
 * first `npm start` and may be unavailable (the tests then skip and say why).
 */
export default defineConfig({
  testDir: 'test/electron',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/electron',
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env['CI']),
  // The first run may build better-sqlite3 for Electron and the app itself.
  timeout: 300_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
});
