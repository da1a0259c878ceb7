// Types for electronBinary.mjs (tests and the Electron Playwright suite import it).
export type BinaryResult = { ok: true; executable: string } | { ok: false; reason: string };

export function electronPackageDir(projectDir: string): string;
export function electronVersion(electronDir: string): string;
export function electronExecutable(electronDir: string): string | null;
export function downloadFailureReason(output: string): string;
export function ensureElectronBinary(
  electronDir: string,
  log?: (line: string) => void,
): Promise<BinaryResult>;
