import { useEffect, useRef, useState } from 'react';
import type {
  BudgetImportMappingInput,
  BudgetImportOptions,
  BudgetImportPreview,
  BudgetImportResult,
} from '../../../../shared/contract';
import { invoke, mutate, toApiError, type ApiError } from '../../api';

export interface ChosenFile {
  name: string;
  contentBase64: string;
}

/** A preview and the choices it answers. */
interface Answer {
  file: ChosenFile;
  mapping: BudgetImportMappingInput;
  options: ImportOptions;
  preview: BudgetImportPreview | undefined;
  error: ApiError | undefined;
}

export type ImportOptions = Omit<BudgetImportOptions, 'replace'> & { replace: boolean };

export interface BudgetImportState {
  file: ChosenFile | undefined;
  /** Only the fields the user changed; the app merges them over its suggestion. */
  mapping: BudgetImportMappingInput;
  options: ImportOptions;
  preview: BudgetImportPreview | undefined;
  previewError: ApiError | undefined;
  loading: boolean;
  running: boolean;
  result: BudgetImportResult | undefined;
  runError: ApiError | undefined;
  chooseFile(file: ChosenFile): void;
  setMapping(mapping: BudgetImportMappingInput): void;
  setOptions(options: ImportOptions): void;
  run(): Promise<void>;
}

/**
 * The import dialog's state: a file, the user's column and reading choices, and a preview asked
 * again after each change (an earlier one still running is cancelled, its late answer dropped),
 * then the run, started once however often Import is clicked.
 */
export function useBudgetImport(projectId: number): BudgetImportState {
  const [file, setFile] = useState<ChosenFile>();
  const [mapping, setMapping] = useState<BudgetImportMappingInput>({});
  const [options, setOptions] = useState<ImportOptions>({ replace: false });
  const [answer, setAnswer] = useState<Answer>();
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<BudgetImportResult>();
  const [runError, setRunError] = useState<ApiError>();
  /** True from the click on Import until its answer: a second click starts nothing. */
  const runStarted = useRef(false);

  useEffect(() => {
    if (file === undefined) return;
    let current = true;
    const abort = new AbortController();
    const asked = { file, mapping, options };
    invoke('budget.importPreview', { projectId, ...asked }, { signal: abort.signal }).then(
      (preview) => {
        if (current) setAnswer({ ...asked, preview, error: undefined });
      },
      (error: unknown) => {
        // A superseded preview's answer (its 'cancelled' included) never shows.
        if (current) setAnswer({ ...asked, preview: undefined, error: toApiError(error) });
      },
    );
    return () => {
      current = false;
      // A preview for earlier choices (or a closed dialog) is stopped rather than finished.
      abort.abort();
    };
  }, [projectId, file, mapping, options]);

  // The answer to the current choices, or the previous one while they are being read again.
  const loading =
    file !== undefined &&
    (answer?.file !== file || answer.mapping !== mapping || answer.options !== options);

  function chooseFile(chosen: ChosenFile) {
    // Another file has other columns: the choices made for the previous one do not carry over.
    setFile(chosen);
    setMapping({});
    setOptions((previous) => ({ replace: previous.replace }));
    setAnswer(undefined);
    setResult(undefined);
    setRunError(undefined);
  }

  async function run() {
    if (file === undefined || runStarted.current) return;
    runStarted.current = true;
    setRunning(true);
    setRunError(undefined);
    try {
      setResult(await mutate('budget.importRun', { projectId, file, mapping, options }));
    } catch (error) {
      setRunError(toApiError(error));
    } finally {
      runStarted.current = false;
      setRunning(false);
    }
  }

  return {
    file,
    mapping,
    options,
    preview: answer?.preview,
    previewError: loading ? undefined : answer?.error,
    loading,
    running,
    result,
    runError,
    chooseFile,
    setMapping,
    setOptions,
    run,
  };
}
