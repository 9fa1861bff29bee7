import { lazy } from 'react';
import { canReadIndicators, DIRECTORATE_KEYS } from '@call/domain';
import { lazyElement } from '../../shared/lazy-element';
import type { CoreFeature } from '../types';

export const indicatorsFeature: CoreFeature = {
  nav: { label: 'Indicateurs', path: '/indicateurs' },
  visibleTo: (user) => DIRECTORATE_KEYS.some((d) => canReadIndicators(user, d)),
  routes: [{ path: 'indicateurs', element: lazyElement(() => import('./IndicatorsPage'), 'IndicatorsPage') }],
};

/** The indicators page for a year and optionally one directorate, e.g. from a home card. */
export function indicatorsPath(params: { year?: number; directorate?: string } = {}): string {
  const search = new URLSearchParams();
  if (params.year) search.set('annee', String(params.year));
  if (params.directorate) search.set('direction', params.directorate);
  const qs = search.toString();
  return qs ? `/indicateurs?${qs}` : '/indicateurs';
}

// for the dashboards: the drill-down (its data grid loads with the first one opened), a breakdown's table,
// the change feed
export const DrillDownDialog = lazy(async () => ({ default: (await import('./DrillDownDialog')).DrillDownDialog }));
export { BreakdownTable } from './BreakdownTable';
export { IndicatorsChangedSubscription } from './graphql/indicators-changed.subscription';
export type { BreakdownView, DrillTarget } from './types';
