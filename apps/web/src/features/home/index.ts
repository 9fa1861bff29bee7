import { lazyElement } from '../../shared/lazy-element';
import type { CoreFeature } from '../types';

export const homeFeature: CoreFeature = {
  nav: { label: 'Accueil', path: '/' },
  routes: [{ index: true, element: lazyElement(() => import('./HomePage'), 'HomePage') }],
};
