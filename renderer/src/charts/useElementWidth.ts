import { useCallback, useState, type RefCallback } from 'react';

/**
 * The width of an element, kept up to date: a chart picks its label width and tick count from
 * it, so a narrow window shortens labels instead of overlapping them. 0 until measured.
 */
export function useElementWidth<T extends HTMLElement>(): [RefCallback<T>, number] {
  const [width, setWidth] = useState(0);
  const ref = useCallback((element: T | null) => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
