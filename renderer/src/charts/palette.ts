import { useSyncExternalStore } from 'react';
import { financingKinds, type FinancingKind } from '../../../shared/contract';
import './charts.css';

/** Concrete colours for recharts, read from the design tokens of the current theme. */
export interface ChartPalette {
  text: string;
  textMuted: string;
  grid: string;
  surface: string;
  track: string;
  secured: string;
  pending: string;
  crowd: string;
  negative: string;
  positive: string;
  warning: string;
  kinds: Record<FinancingKind, string>;
  received: string;
  confirmed: string;
  planned: string;
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Used only if a token is missing (a stylesheet failed to load): the light theme's values. */
const FALLBACK = '#808a99';

function readPalette(): ChartPalette {
  const style = window.getComputedStyle(document.documentElement);
  const token = (name: string): string => style.getPropertyValue(name).trim() || FALLBACK;
  const kinds = Object.fromEntries(
    financingKinds.map((kind) => [kind, token(`--chart-kind-${kind}`)]),
  ) as Record<FinancingKind, string>;
  return {
    text: token('--color-text'),
    textMuted: token('--color-text-muted'),
    grid: token('--color-border'),
    surface: token('--color-surface'),
    track: token('--color-track'),
    secured: token('--color-secured'),
    pending: token('--color-pending'),
    crowd: token('--color-crowd'),
    negative: token('--color-negative'),
    positive: token('--color-positive'),
    warning: token('--color-warning'),
    kinds,
    received: token('--chart-status-received'),
    confirmed: token('--chart-status-confirmed'),
    planned: token('--chart-status-planned'),
  };
}

// One palette per theme, read once: the snapshot must stay the same object between changes.
const cache = new Map<boolean, ChartPalette>();

function isDark(): boolean {
  return window.matchMedia(DARK_QUERY).matches;
}

function getSnapshot(): ChartPalette {
  const dark = isDark();
  let palette = cache.get(dark);
  if (!palette) {
    palette = readPalette();
    cache.set(dark, palette);
  }
  return palette;
}

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** The chart colours of the current theme; charts re-render when the system theme changes. */
export function useChartPalette(): ChartPalette {
  return useSyncExternalStore(subscribe, getSnapshot);
}
