export { ApiError, toApiError, type ApiErrorCode } from './ApiError';
export {
  cancelOperation,
  initTransport,
  invoke,
  newOperationId,
  onProgress,
  type InvokeOptions,
} from './client';
export { mutate, useQuery, useSaveStatus, type QueryState } from './hooks';
export { invalidateQueries, type SaveStatus } from './store';
