import { lazyElement } from '../../shared/lazy-element';
import type { FeatureModule } from '../types';

/** Service mutualisé ADS: work queues, dossier creation and correction, dossier with its deadline and workflow, the dated weights scale. */
export const adsFeature: FeatureModule = {
  nav: { label: 'Service mutualisé ADS', path: '/ads' },
  routes: [
    {
      path: 'ads',
      children: [
        { index: true, element: lazyElement(() => import('./AdsDossierListPage'), 'AdsDossierListPage') },
        {
          path: 'dossiers/nouveau',
          element: lazyElement(() => import('./AdsDossierCreatePage'), 'AdsDossierCreatePage'),
        },
        { path: 'dossiers/:id', element: lazyElement(() => import('./AdsDossierDetailPage'), 'AdsDossierDetailPage') },
        {
          path: 'dossiers/:id/modifier',
          element: lazyElement(() => import('./AdsDossierEditPage'), 'AdsDossierEditPage'),
        },
        { path: 'bareme', element: lazyElement(() => import('./AdsActWeightsPage'), 'AdsActWeightsPage') },
      ],
    },
  ],
};
