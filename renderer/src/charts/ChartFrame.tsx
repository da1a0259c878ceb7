import type { ReactNode } from 'react';

interface ChartFrameProps {
  /** The chart's text summary: what a screen reader reads instead of the drawing. */
  label: string;
  /** Explicit height in pixels: recharts measures its box and must never find it empty. */
  height: number;
  children: ReactNode;
}

/** An image with a text alternative: the SVG inside is presentation, the label is the content. */
export function ChartFrame({ label, height, children }: ChartFrameProps) {
  return (
    <div className="chart-frame" role="img" aria-label={label} style={{ height }}>
      {children}
    </div>
  );
}
