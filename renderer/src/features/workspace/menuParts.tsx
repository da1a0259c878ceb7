import type { KeyboardEvent, RefObject } from 'react';
import type { RecentWorkspace } from '../../../../shared/contract';
import { useI18n } from '../../i18n/useI18n';

/** The items of one menu level, in order (a submenu's items are not its parent's). */
export function itemsOf(menu: HTMLElement | null): HTMLElement[] {
  if (!menu) return [];
  return [...menu.querySelectorAll<HTMLElement>(':scope > li > [role="menuitem"]')];
}

/** Arrow keys, Home and End move the focus through a menu's items, wrapping around. */
export function moveFocus(menu: HTMLElement | null, key: string): boolean {
  const items = itemsOf(menu);
  if (items.length === 0) return false;
  const index = items.findIndex((item) => item === document.activeElement);
  const next = {
    ArrowDown: (index + 1) % items.length,
    ArrowUp: (index - 1 + items.length) % items.length,
    Home: 0,
    End: items.length - 1,
  }[key];
  if (next === undefined) return false;
  items[next]?.focus();
  return true;
}

export function RecentSubmenu({
  entries,
  onOpen,
  menuRef,
  onKeyDown,
}: {
  entries: readonly RecentWorkspace[] | undefined;
  onOpen: (entry: RecentWorkspace) => void;
  menuRef: RefObject<HTMLUListElement | null>;
  onKeyDown: (event: KeyboardEvent<HTMLUListElement>) => void;
}) {
  const { t } = useI18n();
  const list = entries ?? [];
  return (
    <ul
      ref={menuRef}
      role="menu"
      aria-label={t('workspace.menu.recentLabel')}
      className="workspace-menu workspace-submenu"
      onKeyDown={onKeyDown}
    >
      {list.length === 0 && (
        <li role="none">
          <span role="menuitem" aria-disabled="true" tabIndex={-1} className="menu-item">
            {t('workspace.menu.noRecent')}
          </span>
        </li>
      )}
      {list.map((entry) => (
        <li role="none" key={entry.path}>
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="menu-item menu-item-recent"
            aria-disabled={!entry.exists || entry.current}
            title={entry.path}
            onClick={() => {
              if (entry.exists && !entry.current) onOpen(entry);
            }}
          >
            <span className="menu-item-text">{entry.name}</span>
            {!entry.exists && <span className="menu-item-note">{t('workspace.menu.missing')}</span>}
            {entry.current && (
              <span className="menu-item-note" aria-hidden="true">
                ✓
              </span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** One action of a menu: focus moves between items with the arrow keys, not with Tab. */
export function MenuItem({ label, onSelect }: { label: string; onSelect: () => void }) {
  return (
    <li role="none">
      <button type="button" role="menuitem" tabIndex={-1} className="menu-item" onClick={onSelect}>
        {label}
      </button>
    </li>
  );
}
