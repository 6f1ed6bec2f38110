import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'

import { paths } from '#src/config/paths'
import { requireSession } from '#src/lib/session'

import { RouteErrorBoundary } from './route-error'

/** The query factories load with the Settings page, not with the app (see consents-routes.ts). */
async function loadQueries() {
  const [{ contactDetailsQueries }, { contactPreferenceQueries }] = await Promise.all([
    import('#src/features/contact-preferences/api/contact-details-queries'),
    import('#src/features/contact-preferences/api/contact-preference-queries'),
  ])
  return { contactDetailsQueries, contactPreferenceQueries }
}

/** The protected routes of Settings; their loaders prime the cache with this QueryClient. */
export function contactPreferenceRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: paths.settings.path,
      ErrorBoundary: RouteErrorBoundary,
      loader: async ({ request }) => {
        const [{ contactDetailsQueries, contactPreferenceQueries }] = await Promise.all([
          loadQueries(),
          requireSession(queryClient, request),
        ])
        // Each panel shows its own error state: a failed prime never fails the page.
        queryClient.query(contactDetailsQueries.detail()).catch(() => undefined)
        queryClient.query(contactPreferenceQueries.list()).catch(() => undefined)
        queryClient.query(contactPreferenceQueries.history()).catch(() => undefined)
        return null
      },
      lazy: { Component: async () => (await import('./settings')).SettingsRoute },
    },
    {
      path: paths.confirmEmail.path,
      ErrorBoundary: RouteErrorBoundary,
      lazy: { Component: async () => (await import('./settings-confirm-email')).ConfirmEmailRoute },
    },
  ]
}
