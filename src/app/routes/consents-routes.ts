import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'

import { paths } from '#src/config/paths'
import { requireSession } from '#src/lib/session'

import { RouteErrorBoundary } from './route-error'

/**
 * The query factories and schemas load with the first Consents page, not with the app, so they never weigh on the
 * sign-in page's first load (the same for every area's loaders).
 */
async function loadQueries() {
  const [{ consentQueries, objectionQueries }, { ConsentPurposeIdSchema }] = await Promise.all([
    import('#src/features/consents/api/consent-queries'),
    import('#src/contract/consents'),
  ])
  return { consentQueries, objectionQueries, ConsentPurposeIdSchema }
}

/** The protected routes of Consents; their loaders prime the cache with this QueryClient. */
export function consentRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: paths.consents.path,
      ErrorBoundary: RouteErrorBoundary,
      loader: async ({ request }) => {
        const [{ consentQueries, objectionQueries, ConsentPurposeIdSchema }] = await Promise.all([
          loadQueries(),
          requireSession(queryClient, request),
        ])
        const purposeId = ConsentPurposeIdSchema.safeParse(new URL(request.url).searchParams.get('purpose')).data
        queryClient.query(consentQueries.list()).catch(() => undefined)
        queryClient.query(objectionQueries.current()).catch(() => undefined)
        queryClient.query(consentQueries.events(purposeId)).catch(() => undefined)
        return null
      },
      lazy: { Component: async () => (await import('./consents')).ConsentsRoute },
    },
    {
      path: paths.consentReceipt.path,
      ErrorBoundary: RouteErrorBoundary,
      loader: async ({ request, params }) => {
        const [{ consentQueries }] = await Promise.all([loadQueries(), requireSession(queryClient, request)])
        if (params.eventId) queryClient.query(consentQueries.receipt(params.eventId)).catch(() => undefined)
        return null
      },
      lazy: { Component: async () => (await import('./consent-receipt')).ConsentReceiptRoute },
    },
  ]
}
