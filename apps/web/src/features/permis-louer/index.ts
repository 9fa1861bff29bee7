import { lazyElement } from '../../shared/lazy-element';
import type { FeatureModule } from '../types';

/**
 * Permis de louer: the APML dossiers and the tacit-authorisation queue, the APD, the sanctions pipeline, the CAF
 * control batches, the front desk's contacts and the dated perimeters.
 */
export const permisLouerFeature: FeatureModule = {
  nav: { label: 'Permis de louer', path: '/permis-louer' },
  routes: [
    {
      path: 'permis-louer',
      children: [
        { index: true, element: lazyElement(() => import('./PdlDossierListPage'), 'PdlDossierListPage') },
        { path: 'apml/nouveau', element: lazyElement(() => import('./PdlApmlCreatePage'), 'PdlApmlCreatePage') },
        { path: 'apml/:id', element: lazyElement(() => import('./PdlApmlPage'), 'PdlApmlPage') },
        { path: 'apd', element: lazyElement(() => import('./PdlApdListPage'), 'PdlApdListPage') },
        { path: 'apd/nouveau', element: lazyElement(() => import('./PdlApdCreatePage'), 'PdlApdCreatePage') },
        { path: 'apd/:id', element: lazyElement(() => import('./PdlApdPage'), 'PdlApdPage') },
        { path: 'sanctions', element: lazyElement(() => import('./PdlSanctionListPage'), 'PdlSanctionListPage') },
        {
          path: 'sanctions/nouveau',
          element: lazyElement(() => import('./PdlOffenceCreatePage'), 'PdlOffenceCreatePage'),
        },
        { path: 'sanctions/:id', element: lazyElement(() => import('./PdlSanctionPage'), 'PdlSanctionPage') },
        { path: 'controles', element: lazyElement(() => import('./PdlControlImportPage'), 'PdlControlImportPage') },
        { path: 'contacts', element: lazyElement(() => import('./PdlContactsPage'), 'PdlContactsPage') },
        { path: 'perimetres', element: lazyElement(() => import('./PdlPerimetersPage'), 'PdlPerimetersPage') },
      ],
    },
  ],
};
