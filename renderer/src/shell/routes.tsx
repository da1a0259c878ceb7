import type { ComponentType } from 'react';
import type { PlainMessageKey } from '../../../shared/i18n';
import { BudgetScreen } from '../features/budget/BudgetScreen';
import { CampaignsScreen } from '../features/campaigns/CampaignsScreen';
import { ContributorsScreen } from '../features/contributors/ContributorsScreen';
import { DashboardScreen } from '../features/dashboard/DashboardScreen';
import { ExportsScreen } from '../features/exports/ExportsScreen';
import { FinancingScreen } from '../features/financing/FinancingScreen';
import { FulfillmentScreen } from '../features/fulfillment/FulfillmentScreen';
import { ProjectsScreen } from '../features/projects/ProjectsScreen';
import type { IconName } from './icons';

/** Areas that have a description for their empty state (`areas.<name>` in shared/i18n). */
export type AreaName =
  'dashboard' | 'budget' | 'financing' | 'campaigns' | 'contributors' | 'fulfillment' | 'exports';

interface RouteBase {
  /** The hash segment: `#/budget`. */
  path: string;
  label: PlainMessageKey;
  icon: IconName;
}

/** A route shows its screen, or, until it has one, the empty state describing its area. */
export type RouteDef = RouteBase & ({ Screen: ComponentType } | { placeholder: AreaName });

/**
 * The one registry of screens, in navigation order. Adding a screen is one line here:
 * `{ path: 'budget', label: 'nav.budget', icon: 'budget', Screen: BudgetScreen }`.
 */
export const routes: readonly RouteDef[] = [
  { path: 'projects', label: 'nav.projects', icon: 'projects', Screen: ProjectsScreen },
  { path: 'dashboard', label: 'nav.dashboard', icon: 'dashboard', Screen: DashboardScreen },
  { path: 'budget', label: 'nav.budget', icon: 'budget', Screen: BudgetScreen },
  { path: 'financing', label: 'nav.financing', icon: 'financing', Screen: FinancingScreen },
  { path: 'campaigns', label: 'nav.campaigns', icon: 'campaigns', Screen: CampaignsScreen },
  {
    path: 'contributors',
    label: 'nav.contributors',
    icon: 'contributors',
    Screen: ContributorsScreen,
  },
  {
    path: 'fulfillment',
    label: 'nav.fulfillment',
    icon: 'fulfillment',
    Screen: FulfillmentScreen,
  },
  { path: 'exports', label: 'nav.exports', icon: 'exports', Screen: ExportsScreen },
];

export const DEFAULT_ROUTE = 'projects';

export function findRoute(path: string): RouteDef {
  const fallback = routes.find((route) => route.path === DEFAULT_ROUTE);
  const found = routes.find((route) => route.path === path) ?? fallback;
  if (!found) throw new Error(`The default route "${DEFAULT_ROUTE}" is not registered`);
  return found;
}
