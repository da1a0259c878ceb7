import path from 'node:path';
import { BrowserWindow } from 'electron';
import { preloadPath, type AppTarget } from './appTarget';

export function windowTitle(workspacePath: string | null): string {
  return workspacePath ? `${path.basename(workspacePath)} — Copro` : 'Copro';
}

/** The one app window: isolated, sandboxed, no Node in the page. */
export function createMainWindow(target: AppTarget): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: windowTitle(null),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  // The page titles itself "<file> — <project> — Copro" once it knows the current project;
  // until then (index.html's bare "Copro") the title main set, naming the file, stays.
  win.on('page-title-updated', (event, title) => {
    if (title === windowTitle(null)) event.preventDefault();
  });
  win.once('ready-to-show', () => win.show());
  if (target.kind === 'dev') void win.loadURL(target.url);
  else void win.loadFile(target.indexPath);
  return win;
}
