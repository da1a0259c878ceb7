import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { BudgetChapter } from '../../../../shared/contract';
import { mutate, toApiError } from '../../api';
import { useI18n } from '../../i18n/useI18n';
import { translateBudgetIssue } from './lineEdits';
import { CHAPTER_CONTROLS, type ChapterControl } from './budgetRows';
import { frameProps, type RowFrame } from './rowFrame';

interface ChapterRowProps {
  frame: RowFrame;
  chapter: BudgetChapter;
  chapterIndex: number;
  chapterCount: number;
  expanded: boolean;
  currency: string;
  onToggle: (chapter: BudgetChapter) => void;
  onMove: (chapter: BudgetChapter, position: number, control: 'up' | 'down') => void;
  onAddLine: (chapter: BudgetChapter) => void;
}

const colOf = (control: ChapterControl): number => CHAPTER_CONTROLS.indexOf(control);

/** A chapter's header: collapse, total and share, rename in place, move, add a line. */
export function ChapterRow({
  frame,
  chapter,
  chapterIndex,
  chapterCount,
  expanded,
  currency,
  onToggle,
  onMove,
  onAddLine,
}: ChapterRowProps) {
  const { t, format } = useI18n();
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const backToRename = useRef(false);

  // Once renamed (or cancelled), the keyboard returns to the button that opened the form.
  useEffect(() => {
    if (!renaming && backToRename.current) {
      backToRename.current = false;
      renameButton.current?.focus();
    }
  }, [renaming]);

  function finishRenaming() {
    backToRename.current = true;
    setRenaming(false);
  }
  const nav = (control: ChapterControl) => `${frame.index}:${colOf(control)}`;
  const name = `${chapter.code} ${chapter.title}`;

  return (
    <div role="row" aria-label={name} className="budget-row budget-chapter" {...frameProps(frame)}>
      <div role="gridcell" className="budget-chapter-head">
        {renaming ? (
          <RenameForm chapter={chapter} onDone={finishRenaming} />
        ) : (
          <button
            type="button"
            className="budget-chapter-toggle"
            aria-expanded={expanded}
            data-nav={nav('toggle')}
            onClick={() => onToggle(chapter)}
          >
            <span className="budget-chevron" aria-hidden="true">
              {expanded ? '▾' : '▸'}
            </span>
            <span className="budget-chapter-code">{chapter.code}</span>
            <span className="budget-chapter-title">{chapter.title}</span>
          </button>
        )}
        <span className="budget-chapter-meta">
          {t('budget.chapter.lines', { count: chapter.lineCount })}
          {chapter.totalCents > 0 &&
            ` · ${t('budget.chapter.share', { percent: format.percentBp(chapter.shareBp) })}`}
        </span>
        <button
          type="button"
          className="button button-secondary button-small budget-chapter-add"
          data-nav={nav('add')}
          aria-label={t('budget.chapter.addLine', { title: chapter.title })}
          onClick={() => onAddLine(chapter)}
        >
          <span aria-hidden="true">+</span>
          {t('budget.chapter.addLineShort')}
        </button>
      </div>
      <div role="gridcell" className="budget-cell numeric budget-cell-end budget-chapter-total">
        <span className="visually-hidden">{t('budget.chapter.total')} </span>
        {format.money(chapter.totalCents, currency)}
      </div>
      <div role="gridcell" className="budget-chapter-actions">
        <button
          ref={renameButton}
          type="button"
          className="icon-button"
          data-nav={nav('rename')}
          aria-label={t('budget.chapter.rename', { title: chapter.title })}
          title={t('budget.chapter.rename', { title: chapter.title })}
          onClick={() => setRenaming(true)}
        >
          <span aria-hidden="true">✎</span>
        </button>
        <button
          type="button"
          className="icon-button"
          data-nav={nav('up')}
          aria-label={t('budget.chapter.moveUp', { title: chapter.title })}
          title={t('budget.chapter.moveUp', { title: chapter.title })}
          disabled={chapterIndex === 0}
          onClick={() => onMove(chapter, chapterIndex - 1, 'up')}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="icon-button"
          data-nav={nav('down')}
          aria-label={t('budget.chapter.moveDown', { title: chapter.title })}
          title={t('budget.chapter.moveDown', { title: chapter.title })}
          disabled={chapterIndex === chapterCount - 1}
          onClick={() => onMove(chapter, chapterIndex + 1, 'down')}
        >
          <span aria-hidden="true">↓</span>
        </button>
      </div>
    </div>
  );
}

/** Title and code of a chapter, edited in place: Enter saves, Escape cancels. */
function RenameForm({ chapter, onDone }: { chapter: BudgetChapter; onDone: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [title, setTitle] = useState(chapter.title);
  const [code, setCode] = useState(chapter.code);
  const [error, setError] = useState<{ field: 'title' | 'code'; message: string }>();
  const [saving, setSaving] = useState(false);
  const errorId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (title === chapter.title && code === chapter.code) {
      onDone();
      return;
    }
    setSaving(true);
    try {
      await mutate('budget.updateChapter', { id: chapter.id, title, code });
      onDone();
    } catch (caught) {
      const failure = toApiError(caught);
      const issue = failure.issues[0];
      // A duplicate or empty code is the code's problem; anything else is shown on the title.
      setError({
        field: issue?.path[0] === 'code' ? 'code' : 'title',
        message: issue ? translateBudgetIssue(issue, i18n) : failure.message,
      });
    } finally {
      setSaving(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    // Arrow keys move the caret here, not the grid's focus.
    event.stopPropagation();
    if (event.key === 'Escape') onDone();
  }

  return (
    <form
      className="budget-rename"
      aria-label={t('budget.chapter.renameForm', { title: chapter.title })}
      onSubmit={(event) => void submit(event)}
      onKeyDown={onKeyDown}
    >
      <input
        className="control budget-input budget-rename-code"
        aria-label={t('budget.chapter.codeField')}
        aria-invalid={error?.field === 'code'}
        aria-describedby={error?.field === 'code' ? errorId : undefined}
        value={code}
        onChange={(event) => setCode(event.target.value)}
      />
      <input
        className="control budget-input"
        aria-label={t('budget.chapter.titleField')}
        aria-invalid={error?.field === 'title'}
        aria-describedby={error?.field === 'title' ? errorId : undefined}
        autoFocus
        value={title}
        onChange={(event) => setTitle(event.target.value)}
      />
      <button type="submit" className="button button-primary button-small" disabled={saving}>
        {t('budget.chapter.save')}
      </button>
      <button type="button" className="button button-secondary button-small" onClick={onDone}>
        {t('budget.chapter.cancel')}
      </button>
      {error && (
        <p className="budget-cell-error" id={errorId} role="alert">
          {error.message}
        </p>
      )}
    </form>
  );
}
