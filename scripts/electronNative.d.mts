// Types for electronNative.mjs (tests and the Electron Playwright suite import it).
export type NativeResult = { ok: true; bindingPath: string } | { ok: false; reason: string };

export function betterSqliteDir(projectDir: string): string;
export function electronBindingPath(projectDir: string, electronVersion: string): string;
export function findNodeGyp(projectDir: string): string | null;
export function nodeGypFailureReason(output: string): string;
export function ensureElectronSqlite(
  projectDir: string,
  electronVersion: string,
  log?: (line: string) => void,
): Promise<NativeResult>;
