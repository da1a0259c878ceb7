import fs from 'node:fs';

/** Where a file is built before it is renamed over `target`: beside it, so the rename is atomic. */
export function partialPath(target: string): string {
  return `${target}.partial-${process.pid}`;
}

/** A SQLite file and whatever SQLite may have left beside it. */
export function removeWithSidecars(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}
