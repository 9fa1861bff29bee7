import { lazyElement } from '../../shared/lazy-element';
import type { FeatureModule } from '../types';

/** Permis de louer: the APML dossiers, the tacit-authorisation queue, a dossier's visit and decision. */
export const permisLouerFeature: FeatureModule = {
  nav: { label: 'Permis de louer', path: '/permis-louer' },
  routes: [
    {
      path: 'permis-louer',
      children: [
        { index: true, element: lazyElement(() => import('./PdlDossierListPage'), 'PdlDossierListPage') },
        { path: 'apml/nouveau', element: lazyElement(() => import('./PdlApmlCreatePage'), 'PdlApmlCreatePage') },
        { path: 'apml/:id', element: lazyElement(() => import('./PdlApmlPage'), 'PdlApmlPage') },
      ],
    },
  ],
};
