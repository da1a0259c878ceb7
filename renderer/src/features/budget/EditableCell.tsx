import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface CellOption {
  value: string;
  label: string;
}

/** Where the keyboard goes once an edit is saved. */
export type AfterCommit = 'stay' | 'next' | 'previous' | 'none';

interface EditableCellProps {
  /** Grid coordinates for arrow-key navigation: `data-nav="row:col"`. */
  row: number;
  col: number;
  className?: string;
  /** The accessible name of the input while editing: "Rate of Director". */
  inputLabel: string;
  /** Described-by id of the grid's "Enter to edit" hint. */
  hintId: string;
  children: ReactNode;
  /** The text the input starts from. */
  editText: string;
  /** A select instead of a text input. */
  options?: readonly CellOption[];
  numeric?: boolean;
  /** Saves the text; resolves with the message to show at the cell, or null when saved. */
  commit: (text: string) => Promise<string | null>;
  /** Tab / Shift+Tab after a save: the grid moves the keyboard to the neighbouring cell. */
  onLeave: (row: number, col: number, direction: 'next' | 'previous') => void;
}

/**
 * A grid cell that edits in place: click, Enter or F2 opens the input; Enter saves and stays,
 * Tab saves and moves on, Escape cancels, leaving the cell saves. A refusal stays at the cell
 * with the contract's message until fixed or cancelled.
 */
export function EditableCell({
  row,
  col,
  className,
  inputLabel,
  hintId,
  children,
  editText,
  options,
  numeric = false,
  commit,
  onLeave,
}: EditableCellProps) {
  const errorId = useId();
  const cell = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  // Set while a keyboard save or cancel closes the input, so its blur does not save again.
  const closing = useRef(false);
  const refocusCell = useRef(false);

  // Back on the cell after Enter or Escape, so arrow keys carry on from where the user was.
  useEffect(() => {
    if (!editing && refocusCell.current) {
      refocusCell.current = false;
      cell.current?.focus();
    }
  }, [editing]);

  function open() {
    setDraft(editText);
    setError(undefined);
    closing.current = false;
    setEditing(true);
  }

  function close(after: AfterCommit) {
    closing.current = true;
    setError(undefined);
    setEditing(false);
    if (after === 'stay') refocusCell.current = true;
    if (after === 'next' || after === 'previous') onLeave(row, col, after);
  }

  async function save(after: AfterCommit) {
    if (saving) return;
    if (draft === editText) {
      close(after);
      return;
    }
    setSaving(true);
    const problem = await commit(draft);
    setSaving(false);
    if (problem === null) close(after);
    else setError(problem);
  }

  function onInputKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLSelectElement>) {
    // The grid's arrow keys must not move the keyboard while the caret moves in the input.
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      void save('stay');
    } else if (event.key === 'Tab') {
      event.preventDefault();
      void save(event.shiftKey ? 'previous' : 'next');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close('stay');
    }
  }

  function onCellKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (editing || event.target !== event.currentTarget) return;
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      open();
    }
  }

  const control = {
    'aria-label': inputLabel,
    'aria-invalid': Boolean(error),
    'aria-describedby': error ? errorId : undefined,
    autoFocus: true,
    'aria-busy': saving,
    value: draft,
    onKeyDown: onInputKeyDown,
    onBlur: () => {
      if (!closing.current && !saving) void save('none');
    },
  };

  return (
    <div
      ref={cell}
      role="gridcell"
      className={[
        'budget-cell',
        'budget-cell-editable',
        numeric ? 'numeric budget-cell-end' : '',
        error ? 'budget-cell-invalid' : '',
        className ?? '',
      ].join(' ')}
      tabIndex={editing ? -1 : 0}
      data-nav={`${row}:${col}`}
      aria-describedby={editing ? undefined : hintId}
      onKeyDown={onCellKeyDown}
      onClick={() => {
        if (!editing) open();
      }}
    >
      {!editing && <span className="budget-cell-text">{children}</span>}
      {editing && options && (
        <select
          {...control}
          className="control budget-input"
          onChange={(event) => setDraft(event.target.value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
      {editing && !options && (
        <input
          {...control}
          // Read-only rather than disabled while saving: the input keeps the keyboard for a retry.
          readOnly={saving}
          className={numeric ? 'control budget-input numeric' : 'control budget-input'}
          type="text"
          inputMode={numeric ? 'decimal' : undefined}
          autoComplete="off"
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => setDraft(event.target.value)}
        />
      )}
      {editing && error && (
        <p className="budget-cell-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
