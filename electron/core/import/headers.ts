/**
 * Finding columns by name, never by position: platforms add, drop and rename columns over time
 * (Kickstarter's "Reward Minimum" became "Backing Minimum"), and people reorder them in Excel.
 */

/** Case, accents, spacing, underscores and a trailing colon do not matter: "Code_Postal :" = "code postal". */
export function normalizeHeader(header: string): string {
  return header
    .replace(/\uFEFF/g, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .trim()
    .replace(/\s*:$/, '');
}

export class HeaderIndex {
  private readonly byName = new Map<string, number>();

  constructor(readonly headers: readonly string[]) {
    headers.forEach((header, index) => {
      const key = normalizeHeader(header);
      // The first of two same-named columns wins, as a reader of the sheet would assume.
      if (key !== '' && !this.byName.has(key)) this.byName.set(key, index);
    });
  }

  /** 0-based index of the first column named by any of `names`, or undefined. */
  find(...names: readonly string[]): number | undefined {
    for (const name of names) {
      const index = this.byName.get(normalizeHeader(name));
      if (index !== undefined) return index;
    }
    return undefined;
  }

  has(name: string): boolean {
    return this.byName.has(normalizeHeader(name));
  }
}
