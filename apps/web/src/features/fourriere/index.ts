import { lazyElement } from '../../shared/lazy-element';
import type { FeatureModule } from '../types';

/** Fourrière animale: the pound board, intakes, an animal's file (owner search, vet acts, outcome), the price list, the working calendar. */
export const fourriereFeature: FeatureModule = {
  nav: { label: 'Fourrière', path: '/fourriere' },
  homeNotice: lazyElement(() => import('./FourriereSetupNotice'), 'FourriereSetupNotice'),
  routes: [
    {
      path: 'fourriere',
      children: [
        { index: true, element: lazyElement(() => import('./FourriereBoardPage'), 'FourriereBoardPage') },
        {
          path: 'entrees/nouvelle',
          element: lazyElement(() => import('./FourriereIntakePage'), 'FourriereIntakePage'),
        },
        { path: 'tarifs', element: lazyElement(() => import('./FourriereTariffsPage'), 'FourriereTariffsPage') },
        { path: 'calendrier', element: lazyElement(() => import('./FourriereCalendarPage'), 'FourriereCalendarPage') },
        { path: 'animaux/:id', element: lazyElement(() => import('./FourriereAnimalPage'), 'FourriereAnimalPage') },
      ],
    },
  ],
};
