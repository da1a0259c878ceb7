import {
  AppError,
  errorCodeSchema,
  type LocalizedIssue,
  type LocalizedText,
} from '../../../shared/errors';

/**
 * An error as it crosses the worker boundary (structured clone keeps plain data, not classes).
 * An AppError keeps its code, its keyed message and its issues, so the dispatcher still renders
 * it in the workspace's language; any other error keeps its SQLite `code` (SQLITE_BUSY,
 * SQLITE_CONSTRAINT…), which the dispatcher maps too.
 */
export type TransferredError =
  | {
      kind: 'app';
      code: string;
      message: string;
      localized: LocalizedText | null;
      issues: LocalizedIssue[];
    }
  | { kind: 'error'; name: string; message: string; code: string | null; stack: string | null };

function plainText(text: LocalizedText): LocalizedText {
  return text.params === undefined
    ? { key: text.key }
    : { key: text.key, params: { ...text.params } };
}

export function toTransferred(error: unknown): TransferredError {
  if (error instanceof AppError) {
    return {
      kind: 'app',
      code: error.code,
      message: error.message,
      localized: error.localized === null ? null : plainText(error.localized),
      issues: error.localizedIssues.map((issue) => ({
        path: [...issue.path],
        message: typeof issue.message === 'string' ? issue.message : plainText(issue.message),
      })),
    };
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return {
      kind: 'error',
      name: error.name,
      message: error.message,
      code: typeof code === 'string' ? code : null,
      stack: error.stack ?? null,
    };
  }
  return { kind: 'error', name: 'Error', message: String(error), code: null, stack: null };
}

/** The error again on the caller's side: an AppError for an AppError, else an Error with its code. */
export function fromTransferred(transferred: TransferredError): Error {
  if (transferred.kind === 'app') {
    const code = errorCodeSchema.safeParse(transferred.code);
    return new AppError(
      code.success ? code.data : 'internal',
      transferred.localized ?? transferred.message,
      transferred.issues,
    );
  }
  const error = new Error(transferred.message);
  error.name = transferred.name;
  if (transferred.stack !== null) error.stack = transferred.stack;
  if (transferred.code !== null) Object.assign(error, { code: transferred.code });
  return error;
}
