import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEFAULT_RENDERER_DIR, startServer } from '../../electron/server/server';
import type { WorkspaceInfo } from '../../shared/contract';
import { test as base, expect } from './support/app';
import { seedWorkspace } from './support/seed';

interface Served {
  url: string;
  token: string;
  dir: string;
  /** Copro's data folder for this test: new workspaces and the demo go there. */
  dataDir: string;
}

const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * Browser mode on a temp workspace with its own data folder (the shared fixture has none: this
 * test creates workspaces), in an English system locale so new workspaces start in English.
 */
const test = base.extend<{ served: Served }>({
  served: async ({ seed }, use) => {
    const saved = LOCALE_VARIABLES.map((name) => [name, process.env[name]] as const);
    delete process.env.LC_ALL;
    delete process.env.LC_MESSAGES;
    process.env.LANG = 'en_GB.UTF-8';
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copro-e2e-ws-'));
    const dataDir = path.join(dir, 'data');
    const workspacePath = path.join(dir, 'Start.copro');
    await seedWorkspace(workspacePath, seed);
    const server = await startServer({
      workspacePath,
      dataDir,
      port: 0,
      rendererDir: DEFAULT_RENDERER_DIR,
    });
    try {
      await use({ url: server.url, token: server.token, dir, dataDir });
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  },
});

// Starts on an empty workspace (no project): the first-run screen.
test.use({ seed: 'empty', locale: 'en-US', viewport: { width: 1280, height: 860 } });

async function workspaceInfo(served: Served): Promise<WorkspaceInfo> {
  const response = await fetch(new URL('/api/call/workspace.info', served.url), {
    method: 'POST',
    headers: { 'x-copro-token': served.token, 'content-type': 'application/json' },
    body: '{}',
  });
  const result = (await response.json()) as { ok: boolean; value: WorkspaceInfo };
  expect(result.ok).toBe(true);
  return result.value;
}

async function openMenu(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('button', { name }).click();
  await expect(page.getByRole('menu').first()).toBeVisible();
}

test('creates a workspace, starts from its first-run screen, opens the demo and works in French', async ({
  page,
  served,
}, testInfo) => {
  await page.goto(served.url);
  await expect(page.getByRole('button', { name: /Workspace.*Start\.copro/ })).toBeVisible();

  // New…: a path is refused beside the field, and nothing is created.
  await openMenu(page, /^Workspace/);
  await page.getByRole('menuitem', { name: 'New…' }).click();
  const newDialog = page.getByRole('dialog', { name: 'New workspace' });
  const name = newDialog.getByRole('textbox', { name: 'Name' });
  await expect(name).toBeFocused();
  await name.fill('../Ailleurs');
  await newDialog.getByRole('button', { name: 'Create workspace' }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/^Type a name, not a path/);
  expect(fs.existsSync(path.join(served.dir, 'Ailleurs.copro'))).toBe(false);
  await page.screenshot({ path: testInfo.outputPath('workspace-new-refused.png') });

  await name.fill('Premier essai');
  await newDialog.getByRole('button', { name: 'Create workspace' }).click();

  // The app reloads on the new, empty workspace: the first-run screen.
  const firstRun = page.getByRole('region', { name: 'No project yet' });
  await expect(firstRun).toBeVisible();
  await expect(page.getByRole('button', { name: /Workspace.*Premier essai\.copro/ })).toBeVisible();
  await expect(page).toHaveTitle('Premier essai.copro — Copro');
  expect(fs.existsSync(path.join(served.dataDir, 'Premier essai.copro'))).toBe(true);
  await expect(firstRun.getByRole('button', { name: 'Create a project' })).toBeVisible();
  await expect(firstRun.getByRole('button', { name: 'Open a workspace…' })).toBeVisible();
  expect(await workspaceInfo(served)).toMatchObject({
    fileName: 'Premier essai.copro',
    projectCount: 0,
    language: 'en',
  });
  await page.screenshot({ path: testInfo.outputPath('workspace-first-run.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath('workspace-first-run-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });

  // Open the demo from the first-run screen.
  await firstRun.getByRole('button', { name: 'Open the demo' }).click();
  await expect(page.getByRole('button', { name: /Workspace.*Demo\.copro/ })).toBeVisible();
  const demo = await workspaceInfo(served);
  expect(demo.path).toBe(path.join(served.dataDir, 'Demo.copro'));
  expect(demo.projectCount).toBeGreaterThan(0);
  await expect(firstRun).toBeHidden();
  const current = page.getByRole('combobox', { name: 'Current project' });
  const project = (await current.locator('option:checked').textContent()) ?? '';
  expect(project).not.toBe('');
  await expect(page).toHaveTitle(`Demo.copro — ${project} — Copro`);

  // A damaged file is refused with its reason; the demo stays open.
  const damaged = path.join(served.dir, 'Abîmé.copro');
  fs.writeFileSync(
    damaged,
    Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4000, 7)]),
  );
  await openMenu(page, /^Workspace/);
  await page.getByRole('menuitem', { name: 'Open…' }).click();
  const openDialog = page.getByRole('dialog', { name: 'Open a workspace' });
  await openDialog.getByRole('textbox', { name: 'File path' }).fill(damaged);
  await openDialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(openDialog.getByRole('alert')).toContainText('The workspace file is damaged.');
  await expect(openDialog.getByRole('alert')).toContainText('Abîmé.copro is damaged');
  await page.screenshot({ path: testInfo.outputPath('workspace-open-damaged.png') });
  await openDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(openDialog).toBeHidden();
  expect((await workspaceInfo(served)).fileName).toBe('Demo.copro');

  // French: the interface, and the workspace itself (exports and messages follow it).
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('link', { name: 'Projets' })).toBeVisible();
  await expect.poll(async () => (await workspaceInfo(served)).language).toBe('fr');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Projets' })).toBeVisible();

  // The recent list, by keyboard: the menu opens, Open recent ▸ opens its submenu.
  const menuButton = page.getByRole('button', { name: /^Fichier.*Demo\.copro/ });
  await menuButton.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Nouveau…' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Ouvrir un fichier récent' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const recentMenu = page.getByRole('menu', { name: 'Fichiers récents' });
  await expect(recentMenu.getByRole('menuitem')).toHaveText([/^Demo/, /^Premier essai/]);
  await expect(recentMenu.getByRole('menuitem').first()).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('workspace-fr.png') });
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('menuitem', { name: 'Ouvrir un fichier récent' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menuButton).toBeFocused();
  await expect(page.getByRole('menu')).toHaveCount(0);

  // Back to the first workspace from the Open dialog's recent list.
  await openMenu(page, /^Fichier/);
  await page.getByRole('menuitem', { name: 'Ouvrir…' }).click();
  const ouvrir = page.getByRole('dialog', { name: 'Ouvrir un fichier de travail' });
  await expect(ouvrir.getByRole('button', { name: 'Ouvrir Demo' })).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('workspace-open-fr.png') });
  await ouvrir.getByRole('button', { name: 'Ouvrir Premier essai' }).click();
  await expect(page.getByRole('region', { name: 'No project yet' })).toBeVisible();
  // That workspace was left in English: the interface follows each workspace's language.
  expect((await workspaceInfo(served)).fileName).toBe('Premier essai.copro');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
