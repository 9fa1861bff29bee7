import { canReadIndicators, DIRECTORATE_KEYS } from '@call/domain';
import { lazyElement } from '../../shared/lazy-element';
import type { CoreFeature } from '../types';

/** Directors and the DGS: the dashboards of the directorates they read (charts load with the page, not before). */
export const dashboardsFeature: CoreFeature = {
  nav: { label: 'Tableaux de bord', path: '/tableau-de-bord' },
  visibleTo: (user) => user.role !== 'AGENT' && DIRECTORATE_KEYS.some((d) => canReadIndicators(user, d)),
  routes: [
    { path: 'tableau-de-bord', element: lazyElement(() => import('./OverviewPage'), 'OverviewPage') },
    { path: 'tableau-de-bord/:directorate', element: lazyElement(() => import('./DashboardPage'), 'DashboardPage') },
  ],
};

/** A directorate's dashboard, or the overview; the DGS's year is the last complete one. */
export function dashboardPath(params: { directorate?: string; year?: number } = {}): string {
  const base = params.directorate ? `/tableau-de-bord/${params.directorate}` : '/tableau-de-bord';
  return params.year ? `${base}?annee=${params.year}` : base;
}
