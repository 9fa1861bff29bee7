import { lazyElement } from '../../shared/lazy-element';
import type { FeatureModule } from '../types';

/**
 * Prêt de matériel: the communes' requests, their answer against the stock, the return check, the planning, the
 * team's week, the catalogue and its stock movements, repairs, interventions for the CALL's services.
 */
export const pretMaterielFeature: FeatureModule = {
  nav: { label: 'Prêt de matériel', path: '/pret-materiel' },
  routes: [
    {
      path: 'pret-materiel',
      children: [
        { index: true, element: lazyElement(() => import('./PretRequestsPage'), 'PretRequestsPage') },
        {
          path: 'demandes/nouvelle',
          element: lazyElement(() => import('./PretRequestNewPage'), 'PretRequestNewPage'),
        },
        { path: 'demandes/:id', element: lazyElement(() => import('./PretRequestPage'), 'PretRequestPage') },
        { path: 'planning', element: lazyElement(() => import('./PretPlanningPage'), 'PretPlanningPage') },
        { path: 'semaine', element: lazyElement(() => import('./PretWeekPage'), 'PretWeekPage') },
        { path: 'stock', element: lazyElement(() => import('./PretStockPage'), 'PretStockPage') },
        { path: 'reparations', element: lazyElement(() => import('./PretRepairsPage'), 'PretRepairsPage') },
        {
          path: 'interventions',
          element: lazyElement(() => import('./PretInterventionsPage'), 'PretInterventionsPage'),
        },
      ],
    },
  ],
};
