import { useEffect, useRef, useState } from 'react';
import type {
  ChannelInput,
  ImportFormat,
  ImportMapping,
  ImportOptions,
  ImportSummary,
  MappingPreset,
} from '../../../../shared/contract';
import { invoke, mutate, newOperationId, toApiError, type ApiError } from '../../api';

export interface ChosenFile {
  name: string;
  contentBase64: string;
}

/** What a preview (and then the run) is asked with; a new object for every change. */
export interface ImportRequest {
  seq: number;
  /** The preview call's operation id: its progress events, and what cancelling it names. */
  previewId: string;
  files: readonly ChosenFile[];
  format: ImportFormat;
  /** undefined: the app suggests a mapping from the headers (the preview returns it). */
  mapping: ImportMapping | undefined;
  options: ImportOptions;
}

interface PreviewAnswer {
  seq: number;
  summary?: ImportSummary;
  error?: ApiError;
  cancelled?: boolean;
}

type RunState =
  | { phase: 'idle' }
  | { phase: 'running'; seq: number; operationId: string }
  | { phase: 'done'; result: ImportSummary }
  | { phase: 'failed'; error: ApiError }
  /** Cancelled by the user: the transaction rolled back, nothing was imported. */
  | { phase: 'cancelled' };

export interface BackerImportState {
  request: ImportRequest | null;
  /** The answer to the current request (undefined while it is being read). */
  preview: ImportSummary | undefined;
  previewError: ApiError | undefined;
  previewing: boolean;
  cancelled: boolean;
  run: RunState;
  /** The call whose progress shows now: the run, else the preview being read (null: none). */
  operationId: string | null;
  chooseFiles(files: readonly ChosenFile[]): void;
  setFormat(format: ImportFormat): void;
  setMapping(mapping: ImportMapping): void;
  setOptions(options: ImportOptions): void;
  applyPreset(preset: MappingPreset): void;
  cancelPreview(): void;
  previewAgain(): void;
  start(): Promise<void>;
  /** Cancels the running import: the app rolls it back and writes nothing. */
  cancelRun(): void;
}

export function importInput(
  campaignId: number,
  request: ImportRequest,
): ChannelInput<'imports.preview'> {
  return {
    campaignId,
    format: request.format,
    files: request.files.map(({ name, contentBase64 }) => ({ name, contentBase64 })),
    ...(request.mapping === undefined ? {} : { mapping: request.mapping }),
    options: request.options,
  };
}

/**
 * The import dialog's state: the files, format, mapping and options chosen; a dry-run preview
 * asked again after each change (an earlier preview still running is cancelled, and the user can
 * stop one); then the run, all or nothing, which the user can cancel too (it rolls back).
 */
export function useBackerImport(campaignId: number): BackerImportState {
  const [request, setRequest] = useState<ImportRequest | null>(null);
  const [answer, setAnswer] = useState<PreviewAnswer>();
  const [run, setRun] = useState<RunState>({ phase: 'idle' });
  const previewAbort = useRef<AbortController | null>(null);
  const runAbort = useRef<AbortController | null>(null);

  useEffect(() => {
    if (request === null) return;
    let current = true;
    const abort = new AbortController();
    previewAbort.current = abort;
    const keep = (next: PreviewAnswer) =>
      setAnswer((previous) =>
        // A preview cancelled by the user stays cancelled when its late answer arrives.
        previous?.seq === next.seq && previous.cancelled === true ? previous : next,
      );
    invoke('imports.preview', importInput(campaignId, request), {
      signal: abort.signal,
      operationId: request.previewId,
    }).then(
      (summary) => {
        if (current) keep({ seq: request.seq, summary });
      },
      (error: unknown) => {
        // Only the current request's answer shows: a superseded preview's 'cancelled' (its
        // cleanup below aborted it) is never an error nor a "cancelled" notice. A current one
        // is cancelled by the user's own Cancel only, which `keep` shows as such.
        if (current) keep({ seq: request.seq, error: toApiError(error) });
      },
    );
    return () => {
      current = false;
      // A preview for an earlier choice (or a closed dialog) is stopped rather than finished;
      // the app queues the next preview until this one has rolled back.
      abort.abort();
    };
  }, [campaignId, request]);

  // Closing the dialog mid-import cancels it: nothing is left running unseen.
  useEffect(() => () => runAbort.current?.abort(), []);

  const change = (patch: Partial<Omit<ImportRequest, 'seq' | 'previewId'>>) => {
    setRequest((previous) =>
      previous === null
        ? previous
        : { ...previous, ...patch, seq: previous.seq + 1, previewId: newOperationId() },
    );
    setRun({ phase: 'idle' });
  };

  const answered = request !== null && answer?.seq === request.seq ? answer : undefined;
  const previewing = request !== null && answered === undefined;
  return {
    request,
    preview: answered?.summary,
    previewError: answered?.error,
    previewing,
    cancelled: answered?.cancelled === true,
    run,
    operationId:
      run.phase === 'running' ? run.operationId : previewing ? (request?.previewId ?? null) : null,
    chooseFiles(files) {
      // Other files have other columns: the mapping chosen for the previous ones is dropped.
      setRequest((previous) => ({
        seq: (previous?.seq ?? 0) + 1,
        previewId: newOperationId(),
        files,
        format: previous?.format ?? 'auto',
        mapping: undefined,
        options: previous?.options ?? {},
      }));
      setRun({ phase: 'idle' });
    },
    setFormat: (format) => change({ format, mapping: undefined }),
    setMapping: (mapping) => change({ mapping }),
    setOptions: (options) => change({ options }),
    applyPreset: (preset) =>
      change({ format: 'generic', mapping: preset.mapping, options: preset.options }),
    cancelPreview() {
      if (request === null) return;
      previewAbort.current?.abort();
      setAnswer({ seq: request.seq, cancelled: true });
    },
    previewAgain: () => change({}),
    async start() {
      // A second click before the first run answers: runs are queued by the app, not refused.
      if (request === null || runAbort.current !== null) return;
      const abort = new AbortController();
      const operationId = newOperationId();
      runAbort.current = abort;
      setRun({ phase: 'running', seq: request.seq, operationId });
      try {
        // Through mutate: the Saved indicator follows it and every screen reloads after it.
        const result = await mutate('imports.run', importInput(campaignId, request), {
          signal: abort.signal,
          operationId,
        });
        setRun({ phase: 'done', result });
      } catch (error) {
        const failure = toApiError(error);
        setRun(
          failure.code === 'cancelled'
            ? { phase: 'cancelled' }
            : { phase: 'failed', error: failure },
        );
      } finally {
        if (runAbort.current === abort) runAbort.current = null;
      }
    },
    cancelRun() {
      runAbort.current?.abort();
    },
  };
}
