import { useMemo, useState } from 'react';
import type { BudgetChapter, BudgetLine, ProjectWithFigures } from '../../../../shared/contract';
import { sumCents } from '../../../../shared/money';
import { mutate, toApiError, useQuery, type ApiError } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/useI18n';
import { useCurrentProject } from '../../shell/CurrentProject';
import { Icon } from '../../shell/icons';
import { ImportBudgetButton } from '../budgetImport';
import { AddChapterForm } from './AddChapterForm';
import { BudgetGrid } from './BudgetGrid';
import { buildRows, type LineSort } from './budgetRows';
import { decimalSeparatorOf } from './lineEdits';
import { NoProject } from './NoProject';
import './budget.css';

/** Kept as data, not text, so it follows a language switch. */
type Notice =
  | { kind: 'removed'; line: BudgetLine }
  | { kind: 'restored'; label: string }
  | { kind: 'chapterAdded'; title: string }
  | { kind: 'failed'; error: ApiError };

export function BudgetScreen() {
  const { t } = useI18n();
  const { project } = useCurrentProject();
  if (!project) {
    return <NoProject icon="budget" title={t('budget.title')} body={t('budget.noProject')} />;
  }
  // A new project starts with its own collapsed chapters, sort and forms.
  return <ProjectBudget key={project.id} project={project} />;
}

function ProjectBudget({ project }: { project: ProjectWithFigures }) {
  const { t, format, locale } = useI18n();
  const projectId = project.id;
  const chapters = useQuery('budget.listChapters', { projectId });
  const lines = useQuery('budget.listLines', { projectId });
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const [addingTo, setAddingTo] = useState<number | null>(null);
  const [sort, setSort] = useState<LineSort | null>(null);
  const [addingChapter, setAddingChapter] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [reveal, setReveal] = useState<{ chapterId: number } | null>(null);

  const decimal = decimalSeparatorOf(locale);
  const collator = useMemo(() => new Intl.Collator(locale, { numeric: true }), [locale]);
  const rows = useMemo(
    () =>
      buildRows({
        chapters: chapters.data ?? [],
        lines: lines.data ?? [],
        collapsed,
        addingTo,
        sort,
        collator,
      }),
    [chapters.data, lines.data, collapsed, addingTo, sort, collator],
  );

  function toggle(chapter: BudgetChapter) {
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (next.has(chapter.id)) next.delete(chapter.id);
      else next.add(chapter.id);
      return next;
    });
  }

  function openAddLine(chapter: BudgetChapter) {
    // A collapsed chapter opens to show where its new line goes.
    setCollapsed((previous) => {
      const next = new Set(previous);
      next.delete(chapter.id);
      return next;
    });
    setAddingTo(chapter.id);
  }

  async function moveChapter(chapter: BudgetChapter, position: number) {
    try {
      await mutate('budget.moveChapter', { id: chapter.id, position });
    } catch (caught) {
      setNotice({ kind: 'failed', error: toApiError(caught) });
    }
  }

  async function removeLine(line: BudgetLine) {
    try {
      const removed = await mutate('budget.removeLine', { id: line.id });
      setNotice({ kind: 'removed', line: removed });
    } catch (caught) {
      setNotice({ kind: 'failed', error: toApiError(caught) });
    }
  }

  async function undoRemove(line: BudgetLine) {
    try {
      // Re-added with the same fields, at the end of its chapter.
      await mutate('budget.addLine', {
        projectId: line.projectId,
        chapterId: line.chapterId,
        code: line.code,
        label: line.label,
        quantity: line.quantity,
        unit: line.unit,
        rateCents: line.rateCents,
        notes: line.notes,
      });
      setNotice({ kind: 'restored', label: line.label });
    } catch (caught) {
      setNotice({ kind: 'failed', error: toApiError(caught) });
    }
  }

  const chapterList = chapters.data;
  const lineCount = lines.data?.length ?? 0;
  const total = sumCents((chapterList ?? []).map((chapter) => chapter.totalCents));
  const allCollapsed =
    chapterList !== undefined &&
    chapterList.length > 0 &&
    chapterList.every((c) => collapsed.has(c.id));
  const loadError = chapters.error ?? lines.error;

  return (
    <div className="page budget-page">
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('budget.title')}</h1>
          <p className="page-subtitle">{project.title}</p>
        </div>
        <div className="budget-header-actions">
          <ImportBudgetButton projectId={projectId} />
          <button
            type="button"
            className="button button-secondary"
            disabled={!chapterList || chapterList.length === 0}
            onClick={() =>
              setCollapsed(allCollapsed ? new Set() : new Set(chapterList?.map((c) => c.id)))
            }
          >
            {allCollapsed ? t('budget.expandAll') : t('budget.collapseAll')}
          </button>
          {!addingChapter && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setNotice(undefined);
                setAddingChapter(true);
              }}
            >
              <Icon name="plus" size={16} />
              {t('budget.addChapter.open')}
            </button>
          )}
        </div>
      </header>

      {addingChapter && (
        <AddChapterForm
          projectId={projectId}
          onAdded={(chapter) => {
            setAddingChapter(false);
            setNotice({ kind: 'chapterAdded', title: chapter.title });
            setReveal({ chapterId: chapter.id });
          }}
          onCancel={() => setAddingChapter(false)}
        />
      )}

      <BudgetNotice notice={notice} onUndo={(line) => void undoRemove(line)} />
      {loadError && (
        <ErrorNotice
          error={loadError}
          onRetry={() => {
            chapters.reload();
            lines.reload();
          }}
        />
      )}
      {(!chapterList || !lines.data) && !loadError && <p className="loading">{t('app.loading')}</p>}

      {chapterList && lines.data && (
        <>
          <BudgetGrid
            rows={rows}
            projectId={projectId}
            projectTitle={project.title}
            currency={project.currency}
            decimal={decimal}
            sort={sort}
            onSort={setSort}
            onToggle={toggle}
            onMoveChapter={moveChapter}
            onAddLine={openAddLine}
            onCloseAdd={() => setAddingTo(null)}
            onRemoveLine={(line) => void removeLine(line)}
            reveal={reveal}
          />
          <section className="budget-footer" aria-label={t('budget.footer.label')}>
            <span className="budget-footer-counts">
              {t('budget.footer.chapters', { count: chapterList.length })}
              {' · '}
              {t('budget.footer.lines', { count: lineCount })}
            </span>
            <span className="budget-footer-total">
              <span className="budget-footer-term">{t('budget.footer.total')}</span>
              <span className="budget-footer-value numeric">
                {format.money(total, project.currency)}
              </span>
            </span>
          </section>
        </>
      )}
    </div>
  );
}

function BudgetNotice({
  notice,
  onUndo,
}: {
  notice: Notice | undefined;
  onUndo: (line: BudgetLine) => void;
}) {
  const { t } = useI18n();
  if (notice?.kind === 'failed') {
    return (
      <ErrorNotice error={notice.error} summary={(message) => t('budget.notSaved', { message })} />
    );
  }
  return (
    <div className="notice notice-success budget-notice" role="status" hidden={!notice}>
      {notice?.kind === 'removed' && (
        <>
          <span>{t('budget.removed', { label: notice.line.label })}</span>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => onUndo(notice.line)}
          >
            {t('budget.undo')}
          </button>
        </>
      )}
      {notice?.kind === 'restored' && t('budget.restored', { label: notice.label })}
      {notice?.kind === 'chapterAdded' && t('budget.chapterAdded', { title: notice.title })}
    </div>
  );
}
