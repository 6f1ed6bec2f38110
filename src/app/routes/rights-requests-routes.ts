import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'

import { paths } from '#src/config/paths'
import { isApiError } from '#src/lib/api-error'
import { requireSession } from '#src/lib/session'

import { RouteErrorBoundary } from './route-error'

/** The query factories and schemas load with the first Rights requests page, not with the app (see consents-routes.ts). */
async function loadQueries() {
  const [{ rightsRequestQueries }, { RightsRequestKindSchema }] = await Promise.all([
    import('#src/features/rights-requests/api/rights-request-queries'),
    import('#src/contract/rights-requests'),
  ])
  return { rightsRequestQueries, RightsRequestKindSchema }
}

/** A flow for a right the contract does not know is a page that does not exist. */
async function requireKind(kind: string | undefined): Promise<null> {
  const { RightsRequestKindSchema } = await loadQueries()
  if (!RightsRequestKindSchema.safeParse(kind).success) throw new Response(null, { status: 404 })
  return null
}

/**
 * Loads one request for its page. A request that does not exist, or is someone else's (the API answers both
 * with the same 404), is the "page not found" page; other failures are left to the page's own error state.
 */
async function loadRequest(queryClient: QueryClient, request: Request, requestId: string | undefined) {
  const [{ rightsRequestQueries }] = await Promise.all([loadQueries(), requireSession(queryClient, request)])
  if (requestId === undefined) throw new Response(null, { status: 404 })
  await queryClient.query(rightsRequestQueries.detail(requestId)).catch((error: unknown) => {
    if (isApiError(error) && error.status === 404) throw new Response(null, { status: 404 })
  })
  return null
}

/** The protected routes of Rights requests; their loaders prime the cache with this QueryClient. */
export function rightsRequestRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: paths.requests.path,
      ErrorBoundary: RouteErrorBoundary,
      loader: async ({ request }) => {
        const [{ rightsRequestQueries }] = await Promise.all([loadQueries(), requireSession(queryClient, request)])
        queryClient.query(rightsRequestQueries.list()).catch(() => undefined)
        return null
      },
      lazy: { Component: async () => (await import('./requests')).RequestsRoute },
    },
    {
      path: paths.newRequest.path,
      ErrorBoundary: RouteErrorBoundary,
      lazy: { Component: async () => (await import('./request-new')).RequestNewRoute },
    },
    {
      path: paths.requestComplaint.path,
      ErrorBoundary: RouteErrorBoundary,
      lazy: { Component: async () => (await import('./request-complaint')).RequestComplaintRoute },
    },
    {
      path: paths.requestFlow.path,
      ErrorBoundary: RouteErrorBoundary,
      loader: ({ params }) => requireKind(params.kind),
      lazy: { Component: async () => (await import('./request-flow')).RequestFlowRoute },
    },
    {
      path: paths.requestCheck.path,
      ErrorBoundary: RouteErrorBoundary,
      loader: ({ params }) => requireKind(params.kind),
      lazy: { Component: async () => (await import('./request-check')).RequestCheckRoute },
    },
    {
      path: paths.requestConfirmation.path,
      ErrorBoundary: RouteErrorBoundary,
      loader: ({ request, params }) => loadRequest(queryClient, request, params.requestId),
      lazy: { Component: async () => (await import('./request-confirmation')).RequestConfirmationRoute },
    },
    {
      path: paths.requestDetail.path,
      ErrorBoundary: RouteErrorBoundary,
      loader: ({ request, params }) => loadRequest(queryClient, request, params.requestId),
      lazy: { Component: async () => (await import('./request-detail')).RequestDetailRoute },
    },
  ]
}
