import type { Language } from '../../../shared/contract';
import type { ImportIssue } from '../../../shared/contract/imports';
import { issueFromImportIssue } from '../../../shared/contract/imports';
import {
  apiMessage,
  renderText,
  type LocalizedIssue,
  type LocalizedText,
} from '../../../shared/errors';
import { createTranslator, type Translator } from '../../../shared/i18n/translate';

/** How many errors a summary lists; the count covers all of them. */
export const MAX_LISTED_ERRORS = 1000;

/** An import error as found: where it is, and what is wrong, named by key. */
export interface ImportProblem {
  file: string;
  line: number;
  /** Header name of the column (null when the whole row or file is at fault). */
  column: string | null;
  message: LocalizedText;
}

const translators: Partial<Record<Language, Translator>> = {};
function translatorFor(language: Language): Translator {
  return (translators[language] ??= createTranslator(language));
}

/**
 * Collects import errors: keeps the first ones, counts them all. A listed error is worded in the
 * sink's language (the workspace's: what `imports.preview` shows and `copro import` prints); its
 * key is kept too, so a refusal (`localizedIssues`) is worded by whoever reads the AppError.
 */
export class IssueSink {
  readonly list: ImportIssue[] = [];
  private readonly problems: ImportProblem[] = [];
  count = 0;
  private readonly translator: Translator;

  constructor(language: Language = 'en') {
    this.translator = translatorFor(language);
  }

  add(problem: ImportProblem): void {
    this.count += 1;
    if (this.list.length >= MAX_LISTED_ERRORS) return;
    this.problems.push(problem);
    this.list.push({ ...problem, message: renderText(problem.message, this.translator) });
  }

  /** The first error, keyed (a refusal's summary names it). */
  get first(): ImportProblem | undefined {
    return this.problems[0];
  }

  /** The listed errors as an AppError's issues (path file, line[, column]), still keyed. */
  localizedIssues(): LocalizedIssue[] {
    return this.problems.map(issueFromImportIssue);
  }
}

/** Spreadsheet letter of a 1-based column: 1 → A, 28 → AB. */
export function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "column 4 (D) “Email”": the 1-based index, the spreadsheet letter and the header, together. */
export function describeColumn(index: number, header: string | undefined): LocalizedText {
  const place = { index: String(index), letter: columnLetter(index) };
  return header !== undefined && header.trim() !== ''
    ? apiMessage('apiErrors.imports.column', { ...place, header })
    : apiMessage('apiErrors.imports.columnUnnamed', place);
}

/** "column 4 (D) “Email”: <what is wrong>". */
export function cellProblem(
  index: number,
  header: string | undefined,
  detail: LocalizedText,
): LocalizedText {
  return apiMessage('apiErrors.imports.cell', { column: describeColumn(index, header), detail });
}

/** Where a header sits, for a column-level issue: its name, or its position when it has none. */
export function columnName(index: number, header: string | undefined): string {
  return header !== undefined && header.trim() !== '' ? header : `column ${index}`;
}
