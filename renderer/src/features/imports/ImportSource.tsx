import { useState, type ChangeEvent } from 'react';
import { importFormats } from '../../../../shared/contract';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/useI18n';
import { fileToBase64 } from '../budgetImport/fileToBase64';
import type { BackerImportState, ChosenFile } from './useBackerImport';

const ACCEPT = [
  '.zip',
  '.csv',
  '.tsv',
  '.txt',
  '.xlsx',
  'application/zip',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

interface ImportSourceProps {
  state: BackerImportState;
  disabled: boolean;
  /** A file the browser could not read (undefined clears the previous failure). */
  onReadError: (error: unknown) => void;
}

/** The files to import, the format to read them as, and whether missing tiers are created. */
export function ImportSource({ state, disabled, onReadError }: ImportSourceProps) {
  const { t, format } = useI18n();
  const [reading, setReading] = useState(false);
  const { request, preview } = state;

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const chosen = [...(event.target.files ?? [])];
    if (chosen.length === 0) return;
    setReading(true);
    onReadError(undefined);
    try {
      const files: ChosenFile[] = await Promise.all(
        chosen.map(async (file) => ({ name: file.name, contentBase64: await fileToBase64(file) })),
      );
      state.chooseFiles(files);
    } catch (error) {
      onReadError(error);
    } finally {
      setReading(false);
    }
  }

  const formatChoice = request?.format ?? 'auto';
  const createTiers =
    request?.options.createMissingTiers ?? (preview?.format ?? formatChoice) !== 'generic';

  return (
    <div className="import-source">
      <div className="import-source-controls">
        <Field label={t('imports.source.files')} hint={t('imports.source.filesHint')}>
          {(control) => (
            <input
              {...control}
              type="file"
              multiple
              accept={ACCEPT}
              disabled={disabled || reading}
              onChange={(event) => void pick(event)}
            />
          )}
        </Field>
        <Field label={t('imports.source.format')}>
          {(control) => (
            <select
              {...control}
              className="control"
              disabled={disabled || request === null}
              value={formatChoice}
              onChange={(event) => {
                const chosen = importFormats.find((f) => f === event.target.value);
                if (chosen) state.setFormat(chosen);
              }}
            >
              {importFormats.map((choice) => (
                <option key={choice} value={choice}>
                  {t(`imports.formats.${choice}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="import-check">
          <input
            type="checkbox"
            disabled={disabled || request === null}
            checked={createTiers}
            onChange={(event) =>
              request &&
              state.setOptions({ ...request.options, createMissingTiers: event.target.checked })
            }
          />
          {t('imports.source.createTiers')}
        </label>
      </div>
      {reading && (
        <p className="loading" role="status">
          {t('imports.source.reading')}
        </p>
      )}
      {preview && preview.files.length > 0 && (
        <ul className="import-files" aria-label={t('imports.source.read')}>
          {preview.files.map((file) => (
            <li key={file.name}>
              <span className="import-file-name">{file.name}</span>
              <span className="import-muted">
                {t('imports.source.rows', { count: file.rows, rows: format.number(file.rows) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
