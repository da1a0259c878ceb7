import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ProjectWithFigures } from '../../../shared/contract';
import { useQuery, type QueryState } from '../api';

const PROJECT_KEY = 'copro.projectId';

export interface CurrentProject {
  /** Every project of the workspace, with figures (the top bar and the Projects screen share it). */
  projects: QueryState<ProjectWithFigures[]>;
  /** The project the per-project screens show; undefined while loading or when there is none. */
  project: ProjectWithFigures | undefined;
  select(projectId: number): void;
}

const CurrentProjectContext = createContext<CurrentProject | null>(null);

function rememberedProjectId(): number | null {
  const stored = Number(window.localStorage.getItem(PROJECT_KEY));
  return Number.isSafeInteger(stored) && stored > 0 ? stored : null;
}

/**
 * With nothing remembered, the project being worked on rather than the first alphabetically: one
 * with a campaign (so Campaigns and Contributors do not open empty), the most recently updated.
 */
function defaultProject(list: readonly ProjectWithFigures[] | undefined) {
  let best: ProjectWithFigures | undefined;
  for (const candidate of list ?? []) {
    if (!best || rankBefore(candidate, best)) best = candidate;
  }
  return best;
}

function rankBefore(a: ProjectWithFigures, b: ProjectWithFigures): boolean {
  const aActive = a.figures.campaignCount > 0;
  const bActive = b.figures.campaignCount > 0;
  if (aActive !== bActive) return aActive;
  // ISO timestamps sort as strings.
  return a.updatedAt > b.updatedAt;
}

export function CurrentProjectProvider({ children }: { children: ReactNode }) {
  const projects = useQuery('projects.list', {});
  const [chosenId, setChosenId] = useState<number | null>(rememberedProjectId);

  const select = useCallback((projectId: number) => {
    window.localStorage.setItem(PROJECT_KEY, String(projectId));
    setChosenId(projectId);
  }, []);

  // The remembered project may have gone (another file was opened): fall back to a default.
  const list = projects.data;
  const project = list?.find((candidate) => candidate.id === chosenId) ?? defaultProject(list);

  const value = useMemo(() => ({ projects, project, select }), [projects, project, select]);
  return <CurrentProjectContext.Provider value={value}>{children}</CurrentProjectContext.Provider>;
}

export function useCurrentProject(): CurrentProject {
  const current = useContext(CurrentProjectContext);
  if (!current) throw new Error('useCurrentProject needs <CurrentProjectProvider> above it');
  return current;
}
