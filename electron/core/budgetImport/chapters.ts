import type { BudgetImportLine } from '../../../shared/contract/budgetImport';

/** A chapter of the project's budget, as the import matches against it. */
export interface ExistingChapter {
  id: number;
  code: string;
  title: string;
}

/** What a cell or a chapter header row says about a chapter: a code, a title, or both. */
export interface ChapterRef {
  code: string | null;
  title: string | null;
}

/** A chapter the import puts lines in: one of the project's, or a custom one it creates. */
export interface PlannedChapter {
  code: string;
  title: string;
  /** null: a custom chapter the import creates. */
  chapterId: number | null;
  lines: BudgetImportLine[];
}

const MAX_CODE = 20;
const MAX_TITLE = 120;

/** "02" → "2", "2.1" → "2" (a sub-chapter belongs to its chapter), "fg" → "FG". */
export function chapterCodeKey(code: string): string {
  const trimmed = code.trim().toUpperCase();
  const numeric = /^0*(\d+)(?:[.\-/]\d+)*\.?$/.exec(trimmed);
  return numeric?.[1] ?? trimmed;
}

/** Case, accents and punctuation do not matter: "TRANSPORTS DEFRAIEMENTS REGIE" = "Transports, défraiements, régie". */
export function titleKey(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const CHAPTER_WORD = /^(?:chapitre|chapter|chap\.?)\s*/i;
const CODED = /^(\d+(?:[.\-/]\d+)*)\.?(?:\s*[-–—:.)]\s*|\s+|$)(.*)$/u;

/** "Chapitre 2 – Personnel", "02", "2.1", "Personnel", "FG" → what it names. */
export function parseChapterText(text: string): ChapterRef {
  const trimmed = text.trim().replace(CHAPTER_WORD, '');
  if (trimmed === '') return { code: null, title: null };
  const coded = CODED.exec(trimmed);
  if (coded !== null) {
    const title = (coded[2] ?? '').trim();
    return { code: chapterCodeKey(coded[1] ?? ''), title: title === '' ? null : title };
  }
  return { code: null, title: trimmed };
}

/**
 * Finds the project's chapter a reference names (by code first, then by title), or plans a custom
 * chapter for it; the same reference always lands in the same chapter. Chapters are listed in the
 * order the file first puts a line in them.
 */
export class ChapterPlan {
  private readonly byCode = new Map<string, PlannedChapter>();
  private readonly byTitle = new Map<string, PlannedChapter>();
  private readonly order: PlannedChapter[] = [];
  private fallbackChapter: PlannedChapter | null = null;
  /** Custom chapters named only by a code, whose title a later header row may give. */
  private readonly untitled = new Set<PlannedChapter>();

  constructor(
    existing: readonly ExistingChapter[],
    /** Title of the custom chapter for lines that name no chapter at all. */
    private readonly fallbackTitle: string,
  ) {
    for (const chapter of existing) {
      const planned: PlannedChapter = { ...chapter, chapterId: chapter.id, lines: [] };
      this.index(planned);
    }
  }

  private index(chapter: PlannedChapter): void {
    const codeKey = chapterCodeKey(chapter.code);
    if (!this.byCode.has(codeKey)) this.byCode.set(codeKey, chapter);
    const key = titleKey(chapter.title);
    if (key !== '' && !this.byTitle.has(key)) this.byTitle.set(key, chapter);
  }

  /** One more than the highest numeric code in use (CNC chapters are 1–9: a custom one is 10). */
  private nextCode(): string {
    const numbers = [...this.byCode.keys()].filter((c) => /^\d+$/.test(c)).map(Number);
    return String(numbers.length === 0 ? 1 : Math.max(...numbers) + 1);
  }

  private create(code: string | null, title: string | null): PlannedChapter {
    const free = code !== null && code.length <= MAX_CODE && !this.byCode.has(code);
    const chosenCode = free ? code : this.nextCode();
    const chapter: PlannedChapter = {
      code: chosenCode,
      title: (title ?? chosenCode).slice(0, MAX_TITLE),
      chapterId: null,
      lines: [],
    };
    if (title === null) this.untitled.add(chapter);
    this.index(chapter);
    return chapter;
  }

  resolve(ref: ChapterRef): PlannedChapter {
    if (ref.code !== null) {
      const found = this.byCode.get(chapterCodeKey(ref.code));
      if (found !== undefined) {
        if (ref.title !== null && this.untitled.delete(found)) {
          found.title = ref.title.slice(0, MAX_TITLE);
          this.index(found);
        }
        return found;
      }
    }
    if (ref.title !== null) {
      const byTitle = this.byTitle.get(titleKey(ref.title));
      if (byTitle !== undefined) return byTitle;
      // A chapter named by a code-like word ("FG", "IMP") rather than a number.
      const byCodeWord = this.byCode.get(chapterCodeKey(ref.title));
      if (ref.code === null && byCodeWord !== undefined) return byCodeWord;
    }
    return this.create(ref.code, ref.title);
  }

  /** The custom chapter for lines that name no chapter (no column, no header row, no dotted code). */
  fallback(): PlannedChapter {
    this.fallbackChapter ??= this.resolve({ code: null, title: this.fallbackTitle });
    return this.fallbackChapter;
  }

  addLine(chapter: PlannedChapter, line: BudgetImportLine): void {
    if (chapter.lines.length === 0) this.order.push(chapter);
    chapter.lines.push(line);
  }

  /** Chapters that get lines, in the order the file first fills them. */
  chapters(): readonly PlannedChapter[] {
    return this.order;
  }
}
