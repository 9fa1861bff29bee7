import type { Principal } from '@call/domain';
import type { ReactElement } from 'react';
import type { RouteObject } from 'react-router';

interface FeatureNav {
  label: string;
  path: string;
}

/**
 * What a directorate's folder exports from its `index.ts` (e.g. `features/ads/index.ts`).
 * Routes are relative to the signed-in layout (`path: 'ads/dossiers'`) and use `lazyElement` so that
 * each page is its own chunk.
 */
export interface FeatureModule {
  routes: RouteObject[];
  nav: FeatureNav;
  /** Shown on the home page of the directorate's readers (e.g. what a fresh installation lacks); lazy-loaded. */
  homeNotice?: ReactElement;
}

/** Home, indicators, administration: shown to some roles rather than to readers of one directorate. */
export interface CoreFeature {
  routes: RouteObject[];
  nav?: FeatureNav;
  visibleTo?: (user: Principal) => boolean;
}
