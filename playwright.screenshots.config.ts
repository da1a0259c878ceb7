import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * `npm run screenshots`: not a test suite, the generator of resources/screenshots/ (see
 * scripts/screenshots.ts). Same browser settings as the end-to-end tests.
 */
export default defineConfig({
  ...base,
  testDir: 'scripts',
  testMatch: 'screenshots.ts',
  outputDir: 'test-results/screenshots',
  // Each language regenerates its own files: one run writes them all.
  timeout: 180_000,
});
