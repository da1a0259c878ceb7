import { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.url);

/**
 * The better_sqlite3.node this process loaded, so a worker loads the very same binary: Electron's
 * ABI build in the app (loaded through `nativeBinding`), the Node build everywhere else. Native
 * addons are loaded through `require`, so the CommonJS cache names the file.
 */
export function loadedNativeBinding(): string | undefined {
  return Object.keys(requireHere.cache).find((file) => file.endsWith('better_sqlite3.node'));
}
