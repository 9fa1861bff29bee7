import { createElement, lazy, type ComponentType, type ReactElement } from 'react';

/**
 * A route element whose page is loaded on first visit (one chunk per page, see stack.md on bundle size).
 * Usage: `element: lazyElement(() => import('./HomePage'), 'HomePage')`. The layout's <Suspense> shows the fallback.
 */
export function lazyElement<M extends Record<K, ComponentType>, K extends keyof M & string>(
  load: () => Promise<M>,
  exportName: K,
): ReactElement {
  const Page = lazy(async () => ({ default: (await load())[exportName] }));
  return createElement(Page);
}
