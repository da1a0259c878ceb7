import { z } from 'zod';

/** Error codes every transport returns; the UI translates them, scripts match on them. */
export const errorCodeSchema = z.enum([
  'validation',
  'unknown_channel',
  'not_found',
  'conflict',
  'cap_exceeded',
  'workspace_damaged',
  'workspace_too_new',
  'workspace_missing',
  'unauthorized',
  'forbidden',
  'internal',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const issueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type Issue = z.infer<typeof issueSchema>;

export const appErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  issues: z.array(issueSchema),
});
export type AppErrorShape = z.infer<typeof appErrorSchema>;

/** Thrown by services; the dispatcher turns it into `{ok:false, error}`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: Issue[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toJSON(): AppErrorShape {
    return { code: this.code, message: this.message, issues: this.issues };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** "title: Too small" — the field path first, so a message always names the field. */
export function formatIssue(issue: Issue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : '(input)';
  return `${where}: ${issue.message}`;
}
