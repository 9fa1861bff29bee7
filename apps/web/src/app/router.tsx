import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { coreFeatures, directorateFeatures } from '../features/registry';
import { lazyElement } from '../shared/lazy-element';
import { AppLayout } from './AppLayout';

const routes: RouteObject[] = [
  { path: '/connexion', element: lazyElement(() => import('../auth/SignInPage'), 'SignInPage') },
  {
    path: '/mot-de-passe',
    element: (
      <RequireAuth allowTemporary>
        {lazyElement(() => import('../auth/ChangePasswordPage'), 'ChangePasswordPage')}
      </RequireAuth>
    ),
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      ...coreFeatures.flatMap((f) => f.routes),
      ...Object.values(directorateFeatures).flatMap((f) => f?.routes ?? []),
      { path: '*', element: lazyElement(() => import('./NotFoundPage'), 'NotFoundPage') },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
