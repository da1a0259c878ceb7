import { useId, useState, type FormEvent } from 'react';
import type { BudgetChapter } from '../../../../shared/contract';
import { mutate, toApiError, type ApiError } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/useI18n';
import { translateBudgetIssue } from './lineEdits';

interface AddChapterFormProps {
  projectId: number;
  onAdded: (chapter: BudgetChapter) => void;
  onCancel: () => void;
}

type ChapterField = 'title' | 'code';

/** A custom chapter, added after the others (its code defaults to the next free number). */
export function AddChapterForm({ projectId, onAdded, onCancel }: AddChapterFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = useId();
  const [title, setTitle] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<Partial<Record<ChapterField, string>>>({});
  const [failure, setFailure] = useState<ApiError>();
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    setFailure(undefined);
    try {
      const trimmedCode = code.trim();
      const chapter = await mutate('budget.addChapter', {
        projectId,
        title,
        ...(trimmedCode === '' ? {} : { code: trimmedCode }),
      });
      onAdded(chapter);
    } catch (caught) {
      const error = toApiError(caught);
      const fields: Partial<Record<ChapterField, string>> = {};
      for (const issue of error.issues) {
        const head = issue.path[0];
        if ((head === 'title' || head === 'code') && fields[head] === undefined) {
          fields[head] = translateBudgetIssue(issue, i18n);
        }
      }
      setErrors(fields);
      setFailure(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      className="panel budget-chapter-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h2 id={headingId} className="panel-title">
        {t('budget.addChapter.title')}
      </h2>
      {failure && (
        <ErrorNotice error={failure} summary={(message) => t('budget.notSaved', { message })} />
      )}
      <div className="budget-chapter-form-fields">
        <Field label={t('budget.addChapter.titleField')} error={errors.title}>
          {(control) => (
            <input
              {...control}
              className="control"
              type="text"
              autoComplete="off"
              autoFocus
              value={title}
              onChange={(event) => setTitle(event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('budget.addChapter.code')}
          hint={t('budget.addChapter.codeHint')}
          error={errors.code}
        >
          {(control) => (
            <input
              {...control}
              className="control control-short"
              type="text"
              autoComplete="off"
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('budget.addChapter.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('budget.addChapter.create')}
        </button>
      </div>
    </form>
  );
}
