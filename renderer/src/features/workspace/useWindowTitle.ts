import { useEffect } from 'react';
import { useQuery } from '../../api';
import { useI18n } from '../../i18n/useI18n';
import { useCurrentProject } from '../../shell/CurrentProject';

/**
 * The page's title names the open file and the current project: `<file> — <project> — Copro`.
 * Browser tabs show it, and Electron's window takes it as its title.
 */
export function useWindowTitle(): void {
  const { t } = useI18n();
  const info = useQuery('workspace.info', {});
  const { project } = useCurrentProject();
  const file = info.data?.fileName;
  const title = project?.title;

  useEffect(() => {
    if (file === undefined) return;
    document.title = title
      ? t('workspace.windowTitle.withProject', { file, project: title })
      : t('workspace.windowTitle.withoutProject', { file });
  }, [file, title, t]);
}
