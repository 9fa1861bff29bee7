import { createElement } from 'react';
import { Outlet } from 'react-router';
import { RequireAuth } from '../../auth/RequireAuth';
import { lazyElement } from '../../shared/lazy-element';
import type { CoreFeature } from '../types';

export const adminFeature: CoreFeature = {
  nav: { label: 'Administration', path: '/administration' },
  visibleTo: (user) => user.role === 'ADMIN',
  routes: [
    {
      path: 'administration',
      element: createElement(RequireAuth, { roles: ['ADMIN'], children: createElement(Outlet) }),
      children: [
        { index: true, element: lazyElement(() => import('./UserListPage'), 'UserListPage') },
        { path: 'utilisateurs/nouveau', element: lazyElement(() => import('./UserCreatePage'), 'UserCreatePage') },
        { path: 'utilisateurs/:id', element: lazyElement(() => import('./UserEditPage'), 'UserEditPage') },
        { path: 'donnees-personnelles', element: lazyElement(() => import('./PersonalDataPage'), 'PersonalDataPage') },
        { path: 'adhesions', element: lazyElement(() => import('./MembershipsPage'), 'MembershipsPage') },
      ],
    },
  ],
};
