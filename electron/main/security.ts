import { app, session, shell, type WebContents } from 'electron';
import { contentSecurityPolicy, isAppUrl, type AppTarget } from './appTarget';

function openIfHttps(url: string): void {
  try {
    if (new URL(url).protocol === 'https:') void shell.openExternal(url);
  } catch {
    // Not a URL: nothing to open.
  }
}

/** Navigation away from the app and new windows are refused; https links open in the browser. */
function guardContents(contents: WebContents, target: AppTarget): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, target)) return;
    event.preventDefault();
    openIfHttps(url);
  });
  contents.setWindowOpenHandler(({ url }) => {
    openIfHttps(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Session-wide rules: CSP header, no permissions, guards on every web contents ever created. */
export function applySecurityPolicy(target: AppTarget): void {
  const appSession = session.defaultSession;
  const policy = contentSecurityPolicy(target);
  appSession.webRequest.onHeadersReceived((details, callback) => {
    // Only the app's own documents get the header (DevTools, for one, brings its own).
    if (!isAppUrl(details.url, target)) {
      callback({});
      return;
    }
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] },
    });
  });
  appSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  appSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => guardContents(contents, target));
}
