import path from 'node:path';
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { FileActions } from './fileActions';

/** Menu clicks are fire-and-forget; a failure still reaches the user through `report`. */
function run(action: () => Promise<void> | void, report: (error: unknown) => void): () => void {
  return () => {
    Promise.resolve().then(action).catch(report);
  };
}

function recentItems(
  recent: readonly string[],
  actions: FileActions,
  report: (error: unknown) => void,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = recent.map((file) => ({
    label: `${path.basename(file)} — ${path.dirname(file)}`,
    click: run(() => actions.openRecent(file), report),
  }));
  if (items.length === 0) items.push({ label: 'No recent workspaces', enabled: false });
  items.push(
    { type: 'separator' },
    { label: 'Clear Recent', enabled: recent.length > 0, click: run(actions.clearRecent, report) },
  );
  return items;
}

export function buildMenu(
  recent: readonly string[],
  hasWorkspace: boolean,
  actions: FileActions,
  report: (error: unknown) => void,
): Menu {
  const isMac = process.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'New…', accelerator: 'CmdOrCtrl+N', click: run(actions.newWorkspace, report) },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: run(actions.openWorkspace, report) },
      { label: 'Open Recent', submenu: recentItems(recent, actions, report) },
      { type: 'separator' },
      {
        label: 'Save a Copy…',
        accelerator: 'CmdOrCtrl+Shift+S',
        enabled: hasWorkspace,
        click: run(actions.saveCopy, report),
      },
      { label: 'Open Demo', click: run(actions.openDemo, report) },
      { type: 'separator' },
      {
        label: isMac ? 'Reveal in Finder' : 'Reveal in Folder',
        enabled: hasWorkspace,
        click: run(actions.revealInFolder, report),
      },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about' }] },
  ];
  return Menu.buildFromTemplate(template);
}
