import { test } from '@playwright/test';

/**
 * Skips the current test (or, called in a `describe`, its group) when `reason` is set, and prints
 * the reason in the run's output: a skip is never silent. `reason` null means it runs.
 */
export function skipBecause(reason: string | null): void {
  if (reason === null) return;
  console.log(`Skipped: ${reason}`);
  test.skip(true, reason);
}
