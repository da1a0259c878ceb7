import { useEffect, useState } from 'react';
import type {
  ChannelInput,
  ImportFormat,
  ImportMapping,
  ImportOptions,
  ImportSummary,
  MappingPreset,
} from '../../../../shared/contract';
import { invoke, mutate, toApiError, type ApiError } from '../../api';

export interface ChosenFile {
  name: string;
  contentBase64: string;
}

/** What a preview (and then the run) is asked with; a new object for every change. */
export interface ImportRequest {
  seq: number;
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
  | { phase: 'running'; seq: number }
  | { phase: 'done'; result: ImportSummary }
  | { phase: 'failed'; error: ApiError };

export interface BackerImportState {
  request: ImportRequest | null;
  /** The answer to the current request (undefined while it is being read). */
  preview: ImportSummary | undefined;
  previewError: ApiError | undefined;
  previewing: boolean;
  cancelled: boolean;
  run: RunState;
  chooseFiles(files: readonly ChosenFile[]): void;
  setFormat(format: ImportFormat): void;
  setMapping(mapping: ImportMapping): void;
  setOptions(options: ImportOptions): void;
  applyPreset(preset: MappingPreset): void;
  cancelPreview(): void;
  previewAgain(): void;
  start(): Promise<void>;
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
 * asked again after each change (an answer to an earlier choice is dropped, and a preview can be
 * cancelled since it writes nothing); then the run, all or nothing.
 */
export function useBackerImport(campaignId: number): BackerImportState {
  const [request, setRequest] = useState<ImportRequest | null>(null);
  const [answer, setAnswer] = useState<PreviewAnswer>();
  const [run, setRun] = useState<RunState>({ phase: 'idle' });

  useEffect(() => {
    if (request === null) return;
    let current = true;
    const keep = (next: PreviewAnswer) =>
      setAnswer((previous) =>
        // A preview cancelled by the user stays cancelled when its late answer arrives.
        previous?.seq === next.seq && previous.cancelled === true ? previous : next,
      );
    invoke('imports.preview', importInput(campaignId, request)).then(
      (summary) => {
        if (current) keep({ seq: request.seq, summary });
      },
      (error: unknown) => {
        if (current) keep({ seq: request.seq, error: toApiError(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [campaignId, request]);

  const change = (patch: Partial<Omit<ImportRequest, 'seq'>>) => {
    setRequest((previous) =>
      previous === null ? previous : { ...previous, ...patch, seq: previous.seq + 1 },
    );
    setRun({ phase: 'idle' });
  };

  const answered = request !== null && answer?.seq === request.seq ? answer : undefined;
  return {
    request,
    preview: answered?.summary,
    previewError: answered?.error,
    previewing: request !== null && answered === undefined,
    cancelled: answered?.cancelled === true,
    run,
    chooseFiles(files) {
      // Other files have other columns: the mapping chosen for the previous ones is dropped.
      setRequest((previous) => ({
        seq: (previous?.seq ?? 0) + 1,
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
      if (request !== null) setAnswer({ seq: request.seq, cancelled: true });
    },
    previewAgain: () => change({}),
    async start() {
      if (request === null) return;
      setRun({ phase: 'running', seq: request.seq });
      try {
        // Through mutate: the Saved indicator follows it and every screen reloads after it.
        const result = await mutate('imports.run', importInput(campaignId, request));
        setRun({ phase: 'done', result });
      } catch (error) {
        setRun({ phase: 'failed', error: toApiError(error) });
      }
    },
  };
}
