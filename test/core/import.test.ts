import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/db/connection';
import { memoryWorkspace } from './helpers';
import { asFile, campaignFor, count, fixture, mustImport } from './importHelpers';

let ws: Workspace;
beforeEach(async () => {
  ws = await memoryWorkspace();
});
afterEach(async () => {
  await ws.close();
});

describe('Kickstarter zip', () => {
  it('imports every backer with tiers and add-ons', async () => {
    const campaignId = await campaignFor(ws, 'kickstarter');
    const summary = await mustImport(ws, {
      campaignId,
      files: [asFile('kickstarter-backer-report.zip', fixture('kickstarter-backer-report.zip'))],
    });
    console.log(JSON.stringify(summary, null, 1).slice(0, 3000));
    expect(summary.created).toBe(24);
    expect(await count(ws, 'contributors')).toBe(24);
  });
});
