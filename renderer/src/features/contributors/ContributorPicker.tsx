import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ContributorSearchRow } from '../../../../shared/contract';
import { invoke, toApiError, type ApiError } from '../../api';
import { useI18n } from '../../i18n/useI18n';
import { useDebounced } from './useDebounced';

interface ContributorPickerProps {
  label: string;
  placeholder: string;
  /** Left out of the results (the contributor a duplicate is merged into). */
  excludeId?: number;
  onPick: (row: ContributorSearchRow) => void;
  /** The message beside the box (from the form), if any. */
  error?: string;
  autoFocus?: boolean;
}

const RESULTS = 8;

/** A search box with a list of matching contributors (ARIA combobox): type, ↓/↑, Enter. */
export function ContributorPicker(props: ContributorPickerProps) {
  const { excludeId, onPick } = props;
  const { t } = useI18n();
  const id = useId();
  const listId = `${id}-list`;
  const errorId = `${id}-error`;
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [answer, setAnswer] = useState<{ query: string; rows: ContributorSearchRow[] } | null>(
    null,
  );
  const [failure, setFailure] = useState<ApiError | null>(null);
  const query = useDebounced(text.trim(), 200);

  useEffect(() => {
    if (props.autoFocus) input.current?.focus();
  }, [props.autoFocus]);

  useEffect(() => {
    if (query === '') return;
    let current = true;
    // The whole workspace: a duplicate may well come from another project's campaign.
    invoke('contributors.search', { query, limit: RESULTS + 1 }).then(
      (result) => {
        if (!current) return;
        const rows = result.rows.filter((row) => row.id !== excludeId).slice(0, RESULTS);
        setAnswer({ query, rows });
        setActive(0);
        setFailure(null);
      },
      (error: unknown) => {
        if (current) setFailure(toApiError(error));
      },
    );
    // A slower answer to an older query is dropped.
    return () => {
      current = false;
    };
  }, [query, excludeId]);

  const rows = query !== '' && answer?.query === query ? answer.rows : [];
  const open = query !== '' && answer?.query === query;
  const optionId = (index: number) => `${id}-option-${index}`;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (!open || rows.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + rows.length) % rows.length);
    } else if (event.key === 'Enter') {
      const row = rows[active];
      if (row) {
        event.preventDefault();
        onPick(row);
      }
    }
  }

  const describedBy = [props.error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={props.error ? 'field field-invalid picker' : 'field picker'}>
      <label className="field-label" htmlFor={id}>
        {props.label}
      </label>
      <input
        ref={input}
        id={id}
        className="control"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && rows[active] ? optionId(active) : undefined}
        aria-invalid={Boolean(props.error)}
        aria-describedby={describedBy}
        placeholder={props.placeholder}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {props.error && (
        <p className="field-error" id={errorId}>
          {props.error}
        </p>
      )}
      {failure && <p className="field-error">{failure.message}</p>}
      <ul
        id={listId}
        role="listbox"
        aria-label={t('contributors.merge.results')}
        className="picker-list"
        hidden={!open}
      >
        {rows.map((row, index) => (
          <li
            key={row.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'picker-option picker-option-active' : 'picker-option'}
            // Keep the keyboard in the box while the mouse picks.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onPick(row)}
          >
            <span className="picker-name">{row.displayName}</span>
            <span className="picker-meta">{[row.email, row.city].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
        {open && rows.length === 0 && (
          <li className="picker-empty" role="option" aria-disabled="true" aria-selected={false}>
            {t('contributors.merge.noResult')}
          </li>
        )}
      </ul>
    </div>
  );
}
