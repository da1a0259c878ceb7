export { ApiError, toApiError, type ApiErrorCode } from './ApiError';
export { initTransport, invoke, onProgress } from './client';
export { mutate, useQuery, useSaveStatus, type QueryState } from './hooks';
export { invalidateQueries, type SaveStatus } from './store';
