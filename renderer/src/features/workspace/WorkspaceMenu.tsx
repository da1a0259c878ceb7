import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { RecentWorkspace, WorkspaceInfo } from '../../../../shared/contract';
import { toApiError, useQuery, type ApiError } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useLongOperation } from '../../components/useLongOperation';
import { useI18n } from '../../i18n/useI18n';
import { NewWorkspaceDialog } from './NewWorkspaceDialog';
import { OpenWorkspaceDialog } from './OpenWorkspaceDialog';
import { openWorkspaceFile } from './workspaceActions';
import { itemsOf, MenuItem, moveFocus, RecentSubmenu } from './menuParts';
import {
  UpgradeProgress,
  useWorkspaceOperations,
  workspaceOperationStatus,
  WorkspaceProgress,
} from './workspaceOperations';
import './workspace.css';

type Dialog =
  | { kind: 'none' }
  | { kind: 'new' }
  | { kind: 'open'; initial?: { path: string; error: ApiError } };

/**
 * "Workspace ▾" in the top bar: New…, Open…, Open recent ▸, Open demo, Save a copy… — the same
 * actions as Electron's File menu, in both modes.
 */
export function WorkspaceMenu({ info }: { info: WorkspaceInfo | undefined }) {
  const { t } = useI18n();
  const menuId = useId();
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const submenu = useRef<HTMLUListElement>(null);
  const recentItem = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [submenuOpen, setSubmenuOpen] = useState(false);
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  // Opening a recent file: an older one is upgraded first, with its progress shown below.
  const opening = useLongOperation<WorkspaceInfo>();
  const operations = useWorkspaceOperations();
  const { copy, demo } = operations;
  const failure: { kind: 'open' | 'copy'; error: ApiError; dismiss(): void } | undefined =
    copy.state.status === 'failed'
      ? { kind: 'copy', error: copy.state.error, dismiss: copy.reset }
      : demo.state.status === 'failed'
        ? { kind: 'open', error: demo.state.error, dismiss: demo.reset }
        : undefined;
  const status =
    opening.state.status === 'running' || opening.state.status === 'done'
      ? t('workspace.busy.opening')
      : workspaceOperationStatus(operations, t);
  const recent = useQuery('workspace.recent', open ? {} : null);

  function close(returnFocus: boolean) {
    setOpen(false);
    setSubmenuOpen(false);
    if (returnFocus) button.current?.focus();
  }

  // An opened menu takes the keyboard: its first item has the focus.
  useEffect(() => {
    if (open) itemsOf(menu.current)[0]?.focus();
  }, [open]);
  useEffect(() => {
    if (submenuOpen) itemsOf(submenu.current)[0]?.focus();
  }, [submenuOpen, recent.data]);

  // A click anywhere else closes the menu.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (container.current?.contains(event.target as Node)) return;
      setOpen(false);
      setSubmenuOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  function openRecent(entry: RecentWorkspace) {
    close(true);
    void opening.start(
      async (options) => {
        try {
          return await openWorkspaceFile(entry.path, options);
        } catch (caught) {
          // The dialog shows why, with the path ready to correct or another file to choose.
          setDialog({ kind: 'open', initial: { path: entry.path, error: toApiError(caught) } });
          throw caught;
        }
      },
      // The app serves the new file as soon as it answers: the page follows it.
      () => window.location.reload(),
      { answerStands: true },
    );
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (moveFocus(menu.current, event.key)) {
      event.preventDefault();
      setSubmenuOpen(false);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    } else if (event.key === 'ArrowRight' && document.activeElement === recentItem.current) {
      event.preventDefault();
      setSubmenuOpen(true);
    }
  }

  function onSubmenuKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    // The submenu's keys stay in the submenu.
    event.stopPropagation();
    if (moveFocus(submenu.current, event.key)) {
      event.preventDefault();
    } else if (event.key === 'ArrowLeft' || event.key === 'Escape') {
      event.preventDefault();
      setSubmenuOpen(false);
      recentItem.current?.focus();
    } else if (event.key === 'Tab') {
      close(false);
    }
  }

  return (
    <div ref={container} className="workspace-menu-anchor">
      <button
        ref={button}
        type="button"
        className="workspace-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title={info?.path}
        onClick={() => (open ? close(false) : setOpen(true))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <span className="topbar-label">
          {t('workspace.menu.button')} <span aria-hidden="true">▾</span>
        </span>
        <span className="topbar-file">{info?.fileName ?? '—'}</span>
      </button>
      {open && (
        <ul
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={t('workspace.menu.label')}
          className="workspace-menu"
          onKeyDown={onMenuKeyDown}
        >
          <MenuItem
            label={t('workspace.menu.new')}
            onSelect={() => {
              close(false);
              setDialog({ kind: 'new' });
            }}
          />
          <MenuItem
            label={t('workspace.menu.open')}
            onSelect={() => {
              close(false);
              setDialog({ kind: 'open' });
            }}
          />
          <li
            role="none"
            className="menu-parent"
            onMouseEnter={() => setSubmenuOpen(true)}
            onMouseLeave={() => setSubmenuOpen(false)}
          >
            <button
              ref={recentItem}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="menu-item"
              aria-haspopup="menu"
              aria-expanded={submenuOpen}
              onClick={() => setSubmenuOpen(true)}
            >
              <span className="menu-item-text">{t('workspace.menu.openRecent')}</span>
              <span aria-hidden="true">▸</span>
            </button>
            {submenuOpen && (
              <RecentSubmenu
                entries={recent.data}
                onOpen={openRecent}
                menuRef={submenu}
                onKeyDown={onSubmenuKeyDown}
              />
            )}
          </li>
          <li role="separator" className="menu-separator" />
          <MenuItem
            label={t('workspace.menu.openDemo')}
            onSelect={() => {
              close(true);
              operations.openDemo();
            }}
          />
          <MenuItem
            label={t('workspace.menu.saveCopy')}
            onSelect={() => {
              close(true);
              operations.saveCopy();
            }}
          />
        </ul>
      )}
      <span role="status" className="workspace-busy">
        {status}
      </span>
      <WorkspaceProgress operations={operations} />
      <UpgradeProgress operation={opening} />
      {failure && (
        <div className="workspace-failure">
          <ErrorNotice
            error={failure.error}
            summary={(message) => t(`workspace.failed.${failure.kind}`, { message })}
          />
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={failure.dismiss}
          >
            {t('workspace.failed.dismiss')}
          </button>
        </div>
      )}
      {dialog.kind === 'new' && <NewWorkspaceDialog onClose={() => setDialog({ kind: 'none' })} />}
      {dialog.kind === 'open' && (
        <OpenWorkspaceDialog initial={dialog.initial} onClose={() => setDialog({ kind: 'none' })} />
      )}
    </div>
  );
}
