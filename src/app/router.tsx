import type { QueryClient } from '@tanstack/react-query'
import { redirect, type RouteObject } from 'react-router'

import { PageLoading } from '#src/components/layout/page-loading'
import { paths } from '#src/config/paths'
import { accountQueries } from '#src/features/account/api/account-queries'
import { safeReturnTo } from '#src/lib/safe-return-to'
import { requireSession, sessionQueries } from '#src/lib/session'

import { consentRoutes } from './routes/consents-routes'
import { contactPreferenceRoutes } from './routes/contact-preferences-routes'
import { myDataRoutes } from './routes/my-data-routes'
import { policyRoutes } from './routes/policy-routes'
import { rightsRequestRoutes } from './routes/rights-requests-routes'
import { RootLayout } from './routes/root-layout'
import { RouteErrorBoundary } from './routes/route-error'

/**
 * The route table, shared by the browser router and the tests' memory router. Every page is lazy-loaded;
 * loaders stay here because they need the QueryClient, and they only prime the cache.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: 'root',
      Component: RootLayout,
      ErrorBoundary: RouteErrorBoundary,
      // Shown while the first page's loaders and code arrive.
      HydrateFallback: PageLoading,
      children: [
        {
          path: paths.signIn.path,
          ErrorBoundary: RouteErrorBoundary,
          loader: async ({ request }) => {
            const session = await queryClient.query({ ...sessionQueries.current(), staleTime: 'static' })
            if (session) throw redirect(safeReturnTo(new URL(request.url).searchParams.get('returnTo')))
            return null
          },
          lazy: { Component: async () => (await import('./routes/sign-in')).SignInRoute },
        },
        {
          id: 'protected',
          loader: async ({ request }) => {
            await requireSession(queryClient, request)
            return null
          },
          lazy: { Component: async () => (await import('./routes/protected-layout')).ProtectedLayout },
          ErrorBoundary: RouteErrorBoundary,
          children: [
            {
              index: true,
              ErrorBoundary: RouteErrorBoundary,
              // Starts the request while the page's code downloads; the page shows its own error state.
              // Loaders run in parallel, so it waits for the guard's session check (deduplicated) first.
              loader: async ({ request }) => {
                await requireSession(queryClient, request)
                queryClient.query(accountQueries.me()).catch(() => undefined)
                return null
              },
              lazy: { Component: async () => (await import('./routes/overview')).OverviewRoute },
            },
            {
              path: paths.contact.path,
              ErrorBoundary: RouteErrorBoundary,
              lazy: { Component: async () => (await import('./routes/contact')).ContactRoute },
            },
            ...myDataRoutes(queryClient),
            ...contactPreferenceRoutes(queryClient),
            ...consentRoutes(queryClient),
            ...rightsRequestRoutes(queryClient),
          ],
        },
        // Public: the privacy policy is read signed in or not.
        ...policyRoutes(),
        {
          path: '*',
          lazy: { Component: async () => (await import('./routes/not-found')).NotFoundRoute },
        },
      ],
    },
  ]
}
