import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Guards against English-only refusals: a message written as a string or template literal is sent
 * as written whatever the workspace's language. Services name their messages by key
 * (`apiMessage('apiErrors.…')`) and the contract by `validation.*` / `money.*` keys.
 */

const ROOT = path.join(import.meta.dirname, '..', '..');
const SCANNED = ['electron/core', 'shared/contract'];

/**
 * Files whose literal `message:` fields are not refusals: the financing notices travel with a
 * stable id and their figures, and the UI words them from those (`financing.readiness.*`,
 * `financing.warnings.*`); the English text is for scripts reading the JSON.
 */
const NOTICE_FILES = new Set(['electron/core/services/financingSummary.ts']);

function sources(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(folder, entry.name);
    if (entry.isDirectory()) return sources(relative);
    return entry.name.endsWith('.ts') ? [relative] : [];
  });
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** Index just past a quoted literal starting at `start` (', " or `; a template's `${…}` skipped whole). */
function skipLiteral(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length && text[i] !== quote) {
    if (text[i] === '\\') i += 1;
    else if (quote === '`' && text[i] === '$' && text[i + 1] === '{') i = skipBalanced(text, i + 1);
    i += 1;
  }
  return i;
}

/** Index of the bracket closing the one at `open`, literals skipped. */
function skipBalanced(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    const c = text[i];
    if (c === "'" || c === '"' || c === '`') i = skipLiteral(text, i);
    else if (c === '(' || c === '{' || c === '[') depth += 1;
    else if (c === ')' || c === '}' || c === ']') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return text.length;
}

/** Where the second argument of a call starts, `open` being its opening parenthesis. */
function secondArgument(text: string, open: number): number | null {
  for (let i = open + 1; i < text.length; i += 1) {
    const c = text[i];
    if (c === "'" || c === '"' || c === '`') i = skipLiteral(text, i);
    else if (c === '(' || c === '{' || c === '[') i = skipBalanced(text, i);
    else if (c === ')') return null;
    else if (c === ',') {
      let j = i + 1;
      while (/\s/.test(text[j] ?? '')) j += 1;
      return j;
    }
  }
  return null;
}

const isQuote = (c: string | undefined) => c === "'" || c === '"' || c === '`';

/** `new AppError(code, 'text')` or `` new AppError(code, `text ${x}`) ``: file:line of each. */
function literalAppErrors(file: string, text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/new AppError\(/g)) {
    const open = match.index + match[0].length - 1;
    const second = secondArgument(text, open);
    if (second !== null && isQuote(text[second])) found.push(`${file}:${lineOf(text, second)}`);
  }
  return found;
}

/** A contract key is a whole literal like 'validation.required' or 'money.twoSigns'. */
function isContractKey(text: string, start: number): boolean {
  const end = skipLiteral(text, start);
  return /^(validation|money)(\.\w+)+$/.test(text.slice(start + 1, end));
}

/** `message: 'text'` (an issue's or a sink's message) that is not a contract key. */
function literalMessages(file: string, text: string): string[] {
  if (NOTICE_FILES.has(file)) return [];
  const found: string[] = [];
  for (const match of text.matchAll(/\bmessage:\s*/g)) {
    const at = match.index + match[0].length;
    if (isQuote(text[at]) && !isContractKey(text, at)) found.push(`${file}:${lineOf(text, at)}`);
  }
  return found;
}

/** A zod check's custom message in the contract (`.min(1, 'text')`) that is not a key. */
function literalSchemaMessages(file: string, text: string): string[] {
  if (!file.startsWith('shared/contract/')) return [];
  const found: string[] = [];
  const checks =
    /\.(min|max|length|int|positive|nonnegative|gt|gte|lt|lte|regex|refine|email|url)\(/g;
  for (const match of text.matchAll(checks)) {
    const open = match.index + match[0].length - 1;
    const close = skipBalanced(text, open);
    for (let i = open + 1; i < close; i += 1) {
      const c = text[i];
      if (c === '/' && text[i + 1] !== '/' && text[i - 1] !== '*') {
        // A regex literal: skip to its closing slash.
        i += 1;
        while (i < close && text[i] !== '/') i += text[i] === '\\' ? 2 : 1;
      } else if (isQuote(c)) {
        const end = skipLiteral(text, i);
        const literal = text.slice(i + 1, end);
        if (/\s/.test(literal) && !isContractKey(text, i)) found.push(`${file}:${lineOf(text, i)}`);
        i = end;
      }
    }
  }
  return found;
}

const files = SCANNED.flatMap(sources).map((file) => ({
  file,
  text: readFileSync(path.join(ROOT, file), 'utf8'),
}));

describe('no English-only refusal can slip in', () => {
  it('scans the services and the contract', () => {
    expect(files.length).toBeGreaterThan(50);
    // The scanner itself: each pattern it must catch, and what it must let through.
    const sample = [
      "throw new AppError('conflict', `${a} exists`);",
      "throw new AppError(code, 'Plain text');",
      "throw new AppError('conflict', apiMessage('apiErrors.noFolder', { path }));",
      "sink.add({ file, message: 'the file is empty' });",
      "ctx.addIssue({ code: 'custom', message: 'validation.listedTwice' });",
      "z.string().max(10, 'must be short').min(1, 'validation.required').regex(/^a b$/, 'validation.x');",
    ].join('\n');
    expect(literalAppErrors('sample.ts', sample)).toEqual(['sample.ts:1', 'sample.ts:2']);
    expect(literalMessages('sample.ts', sample)).toEqual(['sample.ts:4']);
    expect(literalSchemaMessages('shared/contract/sample.ts', sample)).toEqual([
      'shared/contract/sample.ts:6',
    ]);
  });

  it('every AppError message is keyed (apiMessage), never a string or template literal', () => {
    expect(files.flatMap(({ file, text }) => literalAppErrors(file, text))).toEqual([]);
  });

  it('every issue or import error message is keyed', () => {
    expect(files.flatMap(({ file, text }) => literalMessages(file, text))).toEqual([]);
  });

  it('every custom message of the contract is a key', () => {
    expect(files.flatMap(({ file, text }) => literalSchemaMessages(file, text))).toEqual([]);
  });
});
