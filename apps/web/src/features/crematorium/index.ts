import { lazyElement } from '../../shared/lazy-element';
import type { FeatureModule } from '../types';

/**
 * Crématorium: the planning of the lines, booking a cremation, a cremation's file (X-ray tunnel, protocol, completion,
 * moves, cancellation, ashes), the urns kept and the metals account.
 */
export const crematoriumFeature: FeatureModule = {
  nav: { label: 'Crématorium', path: '/crematorium' },
  routes: [
    {
      path: 'crematorium',
      children: [
        { index: true, element: lazyElement(() => import('./CrematoriumPlanningPage'), 'CrematoriumPlanningPage') },
        {
          path: 'reservations/nouvelle',
          element: lazyElement(() => import('./CremationBookingPage'), 'CremationBookingPage'),
        },
        { path: 'cremations/:id', element: lazyElement(() => import('./CremationPage'), 'CremationPage') },
        { path: 'urnes', element: lazyElement(() => import('./CrematoriumUrnsPage'), 'CrematoriumUrnsPage') },
        { path: 'metaux', element: lazyElement(() => import('./CrematoriumMetalsPage'), 'CrematoriumMetalsPage') },
      ],
    },
  ],
};
