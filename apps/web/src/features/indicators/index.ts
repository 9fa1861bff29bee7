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

// The dashboards import the drill-down, the breakdown table and the change feed from their own files: re-exported
// here, the router (which imports this file) would put them, the kit's table and the subscription in the main bundle.
export type { BreakdownView, DrillTarget } from './types';
