/** The calendar day of an instant on this machine's clock, as YYYY-MM-DD. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Longest project title kept in a file name (file systems allow 255 bytes for the whole name). */
const MAX_TITLE = 80;
/** Names Windows reserves whatever the extension ("CON.xlsx" cannot be created). */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A project title made safe as part of a file name on Windows, macOS and Linux: no path
 * separators, no characters Windows refuses, no control characters, no leading dot or dash
 * (hidden file, command-line option), no trailing dot or space, at most MAX_TITLE characters.
 */
export function fileNamePart(text: string, fallback: string): string {
  let part = text
    .normalize('NFC')
    .replace(/[\p{Cc}<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\- ]+/, '');
  // Cut by code points (never half of an emoji), then tidy the end again.
  part = Array.from(part).slice(0, MAX_TITLE).join('');
  part = part.replace(/[. ]+$/, '');
  if (part === '' || RESERVED.test(part)) return part === '' ? fallback : `${part}_`;
  return part;
}

/** "Les Nuits de Marseille – Budget – 2026-11-22.xlsx". */
export function exportFileName(title: string, kind: string, now: Date, extension: string): string {
  return `${fileNamePart(title, 'Copro')} – ${kind} – ${localIsoDate(now)}.${extension}`;
}
