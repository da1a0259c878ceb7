import type { ApiError } from '../api';
import { useI18n } from '../i18n/useI18n';
import { Icon } from '../shell/icons';

interface ErrorNoticeProps {
  error: ApiError;
  /** What was being done, already translated: "Not saved. {message}". */
  summary?: (message: string) => string;
  onRetry?: () => void;
}

/** A call that failed: the translated meaning of its code, then the app's own words as detail. */
export function ErrorNotice({ error, summary, onRetry }: ErrorNoticeProps) {
  const { t } = useI18n();
  const meaning = t(`errors.${error.code}`);
  return (
    <div className="notice notice-error" role="alert">
      <Icon name="alert" />
      <div className="notice-body">
        <p className="notice-title">{summary ? summary(meaning) : meaning}</p>
        {error.message && error.code !== 'validation' && (
          <p className="notice-detail">{error.message}</p>
        )}
      </div>
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}
