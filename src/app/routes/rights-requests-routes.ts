import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'

import { paths } from '#src/config/paths'
import { RightsRequestKindSchema } from '#src/contract/rights-requests'
import { rightsRequestQueries } from '#src/features/rights-requests/api/rights-request-queries'
import { requireSession } from '#src/lib/session'

import { RouteErrorBoundary } from './route-error'

/** A flow for a right the contract does not know is a page that does not exist. */
function requireKind(kind: string | undefined) {
  const parsed = RightsRequestKindSchema.safeParse(kind)
  if (!parsed.success) throw new Response(null, { status: 404 })
  return parsed.data
}

/** The protected routes of issue 6 (Rights requests); their loaders prime the cache with this QueryClient. */
export function rightsRequestRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: paths.requests.path,
      ErrorBoundary: RouteErrorBoundary,
      loader: async ({ request }) => {
        await requireSession(queryClient, request)
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
      loader: ({ params }) => {
        requireKind(params.kind)
        return null
      },
      lazy: { Component: async () => (await import('./request-flow')).RequestFlowRoute },
    },
    {
      path: paths.requestCheck.path,
      ErrorBoundary: RouteErrorBoundary,
      loader: ({ params }) => {
        requireKind(params.kind)
        return null
      },
      lazy: { Component: async () => (await import('./request-check')).RequestCheckRoute },
    },
    {
      path: paths.requestConfirmation.path,
      ErrorBoundary: RouteErrorBoundary,
      loader: async ({ request, params }) => {
        await requireSession(queryClient, request)
        if (params.requestId) queryClient.query(rightsRequestQueries.detail(params.requestId)).catch(() => undefined)
        return null
      },
      lazy: { Component: async () => (await import('./request-confirmation')).RequestConfirmationRoute },
    },
    {
      path: paths.requestDetail.path,
      ErrorBoundary: RouteErrorBoundary,
      loader: async ({ request, params }) => {
        await requireSession(queryClient, request)
        if (params.requestId) queryClient.query(rightsRequestQueries.detail(params.requestId)).catch(() => undefined)
        return null
      },
      lazy: { Component: async () => (await import('./request-detail')).RequestDetailRoute },
    },
  ]
}
