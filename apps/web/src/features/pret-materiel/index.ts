import { lazyElement } from '../../shared/lazy-element';
import type { FeatureModule } from '../types';

/** Prêt de matériel: the communes' requests, their answer against the stock, the return check, the planning. */
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
      ],
    },
  ],
};
