import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/react-virtual';
import { useLayoutEffect, useReducer, useRef, useState } from 'react';
import type { ImportIssue } from '../../../../shared/contract';
import { useI18n } from '../../i18n/useI18n';

/** An estimate only: each row is measured once drawn (long messages wrap). */
const ESTIMATED_ROW_PX = 44;

type ListOptions = Omit<
  VirtualizerOptions<HTMLDivElement, HTMLLIElement>,
  'observeElementRect' | 'observeElementOffset' | 'scrollToFn' | 'onChange'
>;

/**
 * TanStack's Virtualizer bound to this component (what `useVirtualizer` does, as VirtualTable
 * does it): rows here are measured once drawn, since long messages wrap. The instance is mutable
 * and read while rendering, hence 'use no memo' in the component.
 */
function useListVirtualizer(options: ListOptions): Virtualizer<HTMLDivElement, HTMLLIElement> {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const resolved: VirtualizerOptions<HTMLDivElement, HTMLLIElement> = {
    ...options,
    observeElementRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    onChange: () => rerender(),
  };
  const [instance] = useState(() => new Virtualizer(resolved));
  instance.setOptions(resolved);
  useLayoutEffect(() => instance._didMount(), [instance]);
  useLayoutEffect(() => instance._willUpdate());
  return instance;
}

/**
 * Every error of an import with its file, line and column, in a scrolling list that draws only
 * the rows in view: a broken export can have thousands.
 */
export function ImportIssueList(props: { issues: readonly ImportIssue[]; label: string }) {
  // The virtualizer hands out fresh measurements on every scroll: opt out of memoisation.
  'use no memo';
  const { issues, label } = props;
  const { t, format } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useListVirtualizer({
    count: issues.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 8,
  });

  return (
    <div ref={scroller} className="import-issues" tabIndex={0} role="region" aria-label={label}>
      <ul className="import-issues-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const issue = issues[item.index];
          if (!issue) return null;
          const where =
            issue.column === null
              ? t('imports.issues.whereLine', { file: issue.file, line: format.number(issue.line) })
              : t('imports.issues.whereCell', {
                  file: issue.file,
                  line: format.number(issue.line),
                  column: issue.column,
                });
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              aria-posinset={item.index + 1}
              aria-setsize={issues.length}
              className="import-issue"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <span className="import-issue-where">{where}</span>
              <span className="import-issue-message">{issue.message}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
