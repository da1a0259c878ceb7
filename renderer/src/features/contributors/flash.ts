/**
 * A message for the contributor screen about to open ("Offline pledge recorded"): set before
 * navigating there, read when it mounts, cleared once shown.
 */
let flash: { id: number; text: string } | null = null;

export function setFlash(id: number, text: string): void {
  flash = { id, text };
}

export function peekFlash(id: number): { id: number; text: string } | null {
  return flash?.id === id ? flash : null;
}

export function clearFlash(): void {
  flash = null;
}
