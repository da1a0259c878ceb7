import { MENU_OPERATION_ENDINGS, MENU_OPERATION_PREFIX } from '../../../../shared/bridge';
import type { WorkspaceCopy, WorkspaceInfo } from '../../../../shared/contract';
import { cancelOperation, invoke } from '../../api';
import { OperationProgress } from '../../components/OperationProgress';
import {
  useLongOperation,
  useProgressEvents,
  useShownAfterDelay,
  type LiveProgress,
  type LongOperation,
} from '../../components/useLongOperation';
import { useI18n } from '../../i18n/useI18n';
import { saveDownload, switchToDemo } from './workspaceActions';

/** The long operations of the Workspace menu, in both modes and from Electron's File menu. */
export type WorkspaceOperation = 'backup' | 'demo';

function isWorkspaceOperation(operation: string): operation is WorkspaceOperation {
  return operation === 'backup' || operation === 'demo';
}

function isMenuOperation(operationId: string): boolean {
  return operationId.startsWith(MENU_OPERATION_PREFIX);
}

function isEnding(phase: string | undefined): boolean {
  return MENU_OPERATION_ENDINGS.some((ending) => ending === phase);
}

export interface MenuOperation {
  /** The File menu's operation still running, with its last report. */
  running: (LiveProgress & { operation: WorkspaceOperation }) | undefined;
  showProgress: boolean;
  /** The File menu's last operation was cancelled from here: which one, to say so. */
  cancelled: WorkspaceOperation | undefined;
  cancel(): void;
  /** Puts the "cancelled" note away. */
  dismiss(): void;
}

/**
 * What Electron's File menu runs (Save a Copy…, Open Demo) reports to the window under a
 * `menu-…` operation id; its last event's phase says how it ended. Browser mode has no such
 * menu: nothing arrives and nothing shows.
 */
export function useMenuOperation(): MenuOperation {
  const [last, clear] = useProgressEvents(isMenuOperation);
  const known = last !== undefined && isWorkspaceOperation(last.operation) ? last : undefined;
  const running =
    known !== undefined && !isEnding(known.phase)
      ? { ...known, operation: known.operation as WorkspaceOperation }
      : undefined;
  const showProgress = useShownAfterDelay(running?.operationId ?? null);
  return {
    running,
    showProgress,
    cancelled:
      known?.phase === 'cancelled' && isWorkspaceOperation(known.operation)
        ? known.operation
        : undefined,
    cancel: () => {
      if (running) cancelOperation(running.operationId);
    },
    dismiss: clear,
  };
}

export interface WorkspaceOperations {
  copy: LongOperation<WorkspaceCopy>;
  demo: LongOperation<WorkspaceInfo>;
  menu: MenuOperation;
  saveCopy(): void;
  openDemo(): void;
}

export function useWorkspaceOperations(): WorkspaceOperations {
  const copy = useLongOperation<WorkspaceCopy>();
  const demo = useLongOperation<WorkspaceInfo>();
  const menu = useMenuOperation();
  const putNotesAway = () => {
    copy.reset();
    demo.reset();
    menu.dismiss();
  };
  return {
    copy,
    demo,
    menu,
    saveCopy() {
      putNotesAway();
      // The browser saves the copy as a download; a cancelled copy never reaches it.
      void copy.start((options) => invoke('workspace.saveCopy', {}, options), saveDownload);
    },
    openDemo() {
      putNotesAway();
      // The app now serves the demo: a fresh page reads everything from it.
      void demo.start(
        switchToDemo,
        () => window.location.reload(),
        // Too late to cancel: the app already serves the demo, so the page follows it.
        { answerStands: true },
      );
    },
  };
}

/** The bar of whichever long operation shows now, or nothing. */
export function WorkspaceProgress({ operations }: { operations: WorkspaceOperations }) {
  const { t } = useI18n();
  const { copy, demo, menu } = operations;
  const shown: {
    operation: WorkspaceOperation;
    progress: LiveProgress | undefined;
    cancel(): void;
  } | null = copy.showProgress
    ? { operation: 'backup', progress: copy.progress, cancel: copy.cancel }
    : demo.showProgress
      ? { operation: 'demo', progress: demo.progress, cancel: demo.cancel }
      : menu.showProgress && menu.running
        ? { operation: menu.running.operation, progress: menu.running, cancel: menu.cancel }
        : null;
  if (!shown) return null;
  return (
    <div className="workspace-progress">
      <OperationProgress
        label={t(`progress.operations.${shown.operation}`)}
        progress={shown.progress}
        onCancel={shown.cancel}
        cancelName={t(`progress.cancelOperation.${shown.operation}`)}
      />
    </div>
  );
}

/**
 * The bar of an open that upgrades an older file (its backup, then its migrations). Only an
 * upgrade reports progress: a plain open shows no bar however long it takes. No Cancel: a
 * migration stopped halfway is not worth the risk.
 */
export function UpgradeProgress({ operation }: { operation: LongOperation<WorkspaceInfo> }) {
  const { t } = useI18n();
  if (!operation.showProgress || operation.progress === undefined) return null;
  return (
    <div className="workspace-progress">
      <OperationProgress label={t('progress.operations.upgrade')} progress={operation.progress} />
    </div>
  );
}

/** One line for the status area: still starting, or cancelled (and nothing written). */
export function workspaceOperationStatus(
  operations: WorkspaceOperations,
  t: ReturnType<typeof useI18n>['t'],
): string | null {
  const { copy, demo, menu } = operations;
  if (copy.state.status === 'running' && !copy.showProgress) return t('workspace.busy.copying');
  if (demo.state.status === 'running' && !demo.showProgress) return t('workspace.busy.opening');
  if (copy.state.status === 'cancelled') return t('progress.cancelled.backup');
  if (demo.state.status === 'cancelled') return t('progress.cancelled.demo');
  if (menu.cancelled) return t(`progress.cancelled.${menu.cancelled}`);
  return null;
}
