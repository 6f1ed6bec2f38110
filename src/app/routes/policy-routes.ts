import type { RouteObject } from 'react-router'

import { paths } from '#src/config/paths'

import { RouteErrorBoundary } from './route-error'

/**
 * The privacy policy's pages, all under one lazy route. They sit outside the protected layout: a signed-out
 * visitor reads every published version; only "what this means for you" and the notice need a session.
 * The sign-in page's first load is at its budget, so the app's route table carries one path for the whole
 * area, and the pages declare their own routes (`policy.tsx`). They have no loaders: each page starts its
 * requests as it mounts, a moment after its small chunk arrives.
 */
export function policyRoutes(): RouteObject[] {
  return [
    {
      path: `${paths.policy.path}/*`,
      ErrorBoundary: RouteErrorBoundary,
      lazy: { Component: async () => (await import('./policy')).PolicyPages },
    },
  ]
}
