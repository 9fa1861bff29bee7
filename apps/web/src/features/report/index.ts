import { createElement } from 'react';
import { Outlet } from 'react-router';
import { RequireAuth } from '../../auth/RequireAuth';
import { lazyElement } from '../../shared/lazy-element';
import type { CoreFeature } from '../types';

/** The annual activity report: the DGS compiles it, each director writes their chapter. */
export const reportFeature: CoreFeature = {
  nav: { label: 'Rapport annuel', path: '/rapport-annuel' },
  visibleTo: (user) => user.role === 'DGS' || user.role === 'DIRECTOR',
  routes: [
    {
      path: 'rapport-annuel',
      element: createElement(RequireAuth, { roles: ['DGS', 'DIRECTOR'], children: createElement(Outlet) }),
      children: [
        { index: true, element: lazyElement(() => import('./ReportPage'), 'ReportPage') },
        { path: 'chapitres/:id', element: lazyElement(() => import('./ReportChapterPage'), 'ReportChapterPage') },
      ],
    },
  ],
};
