import { lazyElement } from '../../shared/lazy-element';
import type { FeatureModule } from '../types';

/** Service mutualisé ADS: work queues, dossier creation, dossier with its deadline and workflow. */
export const adsFeature: FeatureModule = {
  nav: { label: 'Service mutualisé ADS', path: '/ads' },
  routes: [
    {
      path: 'ads',
      children: [
        { index: true, element: lazyElement(() => import('./AdsDossierListPage'), 'AdsDossierListPage') },
        { path: 'dossiers/nouveau', element: lazyElement(() => import('./AdsDossierCreatePage'), 'AdsDossierCreatePage') },
        { path: 'dossiers/:id', element: lazyElement(() => import('./AdsDossierDetailPage'), 'AdsDossierDetailPage') },
      ],
    },
  ],
};
