import fs from 'node:fs';
import path from 'node:path';
import { generateWorkspace } from '../../bench/lib/generateWorkspace';
import { startServer } from '../../electron/server/server';
import { api, countText, dataRow, grid } from './contributorsPage';
import { test, expect, type App } from './support/app';

test.use({ locale: 'en-US', viewport: { width: 1280, height: 860 } });

/**
 * The Contributors screen on a workspace of 250,000 contributors (bench/lib's generator): the
 * table renders only what is in view, fetches only the pages it shows, and stays quick.
 */
test.describe('with 250,000 contributors', () => {
  test('scrolls to the end and searches without loading everything', async ({ page }) => {
    test.setTimeout(20 * 60_000);
    const generated = await generateWorkspace(250_000);
    await generated.ws.close();
    const server = await startServer({ workspacePath: generated.file, port: 0 });
    const app: App = { url: server.url, token: server.token, workspacePath: generated.file };
    interface SearchCall {
      input: { offset?: number; limit?: number; query?: string; sort?: { field: string } };
      ms: number;
    }
    const searches: SearchCall[] = [];
    page.on('requestfinished', (request) => {
      if (!request.url().includes('/contributors.search')) return;
      const input = JSON.parse(request.postData() ?? '{}') as SearchCall['input'];
      searches.push({ input, ms: Math.round(request.timing().responseEnd) });
    });
    try {
      // After an import the search index is brought up to date once; the screen then meets it ready.
      let started = performance.now();
      const all = await api(app, 'contributors.search', { limit: 1 });
      const indexMs = performance.now() - started;
      expect(all.total).toBe(250_000);

      await page.goto(`${app.url}#/contributors?project=all`);
      const status = page.locator('.contributors-count');
      await expect(status).toHaveText(countText(all.total));
      const table = grid(page);
      await expect(dataRow(page, 0)).not.toHaveAttribute('aria-busy', 'true');
      const inPage = () => page.evaluate(() => performance.now());
      const rendered = () => table.locator('[role="row"]').count();
      expect(await rendered()).toBeLessThan(80);

      // End: the last row, fetched alone (no page in between), and still few rows in the DOM.
      await table.focus();
      started = await inPage();
      const before = searches.length;
      await page.keyboard.press('End');
      const last = dataRow(page, all.total - 1);
      await expect(last).toBeInViewport();
      await expect(last).not.toHaveAttribute('aria-busy', 'true');
      const endMs = (await inPage()) - started;
      expect(searches.length - before).toBeLessThanOrEqual(2);
      expect(await rendered()).toBeLessThan(80);

      // Dragging the scrollbar to the middle: placeholders, then the rows there.
      // (A string: the page's DOM types are not in this file's Node types.)
      await page.evaluate(`(() => {
        const table = document.querySelector('[role="grid"]');
        table.scrollTop = table.scrollHeight / 2;
      })()`);
      const middle = Math.floor(all.total / 2);
      await expect(dataRow(page, middle)).not.toHaveAttribute('aria-busy', 'true');

      // Wheel scrolling, as a hand would: count the main-thread tasks long enough to be felt.
      // (A string: the page's globals are not in this file's Node types.)
      await page.evaluate(`(() => {
        const long = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) long.push(Math.round(entry.duration));
        }).observe({ type: 'longtask' });
        globalThis.coproLongTasks = long;
      })()`);
      await table.hover();
      for (let step = 0; step < 30; step += 1) {
        await page.mouse.wheel(0, 1200);
        await page.waitForTimeout(30);
      }
      await page.waitForTimeout(500);
      const longTasks = await page.evaluate<number[]>('globalThis.coproLongTasks');
      expect(await rendered()).toBeLessThan(80);

      // Sorting the whole workspace by amount, biggest first.
      started = await inPage();
      await table.getByRole('button', { name: 'Pledged' }).click();
      await expect(table.getByRole('columnheader', { name: 'Pledged' })).toHaveAttribute(
        'aria-sort',
        'descending',
      );
      await expect(dataRow(page, 0)).not.toHaveAttribute('aria-busy', 'true');
      const sortMs = (await inPage()) - started;

      // Typing: one search per pause, answered well before the next keystroke matters.
      started = await inPage();
      await page
        .getByRole('searchbox', { name: 'Search contributors' })
        .pressSequentially('marie', { delay: 60 });
      const marie = await api(app, 'contributors.search', { query: 'marie', limit: 1 });
      await expect(status).toHaveText(countText(marie.total));
      const searchMs = (await inPage()) - started;
      await expect(dataRow(page, 0)).not.toHaveAttribute('aria-busy', 'true');

      expect(searches.every((search) => (search.input.limit ?? 0) <= 500)).toBe(true);
      const slowest = Math.max(...searches.map((search) => search.ms));
      console.log(
        [
          `250,000 contributors: index brought up to date in ${Math.round(indexMs)} ms (once).`,
          `End key → last row shown: ${Math.round(endMs)} ms.`,
          `Wheel scrolling 36,000 px: ${longTasks.length} long tasks over 50 ms${longTasks.length > 0 ? ` (${longTasks.join(', ')} ms)` : ''}.`,
          `Sort by amount → first rows shown: ${Math.round(sortMs)} ms.`,
          `Typing "marie" (5 keys, 60 ms apart, 200 ms pause) → ${marie.total} shown: ${Math.round(searchMs)} ms.`,
          `${searches.length} search calls, slowest ${slowest} ms:`,
          ...searches.map(
            (s) =>
              `  ${JSON.stringify(s.input.query ?? '')} by ${s.input.sort?.field ?? 'name'} @${s.input.offset ?? 0}: ${s.ms} ms`,
          ),
        ].join('\n'),
      );
    } finally {
      // The page leaves first: nothing of it calls a server that is gone.
      await page.goto('about:blank');
      await server.close();
      fs.rmSync(path.dirname(generated.file), { recursive: true, force: true });
    }
  });
});
