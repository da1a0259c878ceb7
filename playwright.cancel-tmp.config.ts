import base from './playwright.config';
import { defineConfig } from '@playwright/test';
export default defineConfig({
  ...base,
  testDir: '/work/main/test/e2e',
  outputDir: '/tmp/copro-cancel-results',
  use: { ...base.use, rendererDir: '/tmp/copro-cancel-web' } as typeof base.use,
});
