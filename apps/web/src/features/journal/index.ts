import { createElement } from 'react';
import { RequireAuth } from '../../auth/RequireAuth';
import { lazyElement } from '../../shared/lazy-element';
import type { CoreFeature } from '../types';

/** The audit trail: administrators read all of it, a director their directorate's records. */
export const journalFeature: CoreFeature = {
  nav: { label: 'Journal d’audit', path: '/journal' },
  visibleTo: (user) => user.role === 'ADMIN' || user.role === 'DIRECTOR',
  routes: [
    {
      path: 'journal',
      element: createElement(RequireAuth, {
        roles: ['ADMIN', 'DIRECTOR'],
        children: lazyElement(() => import('./AuditJournalPage'), 'AuditJournalPage'),
      }),
    },
  ],
};
