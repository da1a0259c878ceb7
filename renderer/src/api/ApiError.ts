import type { ErrorCode, Issue } from '../../../shared/errors';

/** `network` is the client's own: the transport could not reach the app at all. */
export type ApiErrorCode = ErrorCode | 'network';

/** What `invoke` throws on `{ok:false}`: the contract's error, worded in the workspace language. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly issues: readonly Issue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Anything caught from a call, as an ApiError (a bug in the UI itself becomes `internal`). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('internal', error instanceof Error ? error.message : String(error));
}
