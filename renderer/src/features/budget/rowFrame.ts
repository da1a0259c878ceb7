import type { CSSProperties } from 'react';

/** What the virtualiser gives every row: where it sits, and a ref to measure its height. */
export interface RowFrame {
  index: number;
  offset: number;
  measure: (element: HTMLElement | null) => void;
}

/** The props a row's outer element takes from its frame (absolute, moved into place). */
export function frameProps(frame: RowFrame): {
  ref: (element: HTMLElement | null) => void;
  'data-index': number;
  'aria-rowindex': number;
  style: CSSProperties;
} {
  return {
    ref: frame.measure,
    'data-index': frame.index,
    // Row 1 is the column header row.
    'aria-rowindex': frame.index + 2,
    style: { transform: `translateY(${frame.offset}px)` },
  };
}
