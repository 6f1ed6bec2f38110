import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'

/** The protected routes of issue 5 (Consents); their loaders prime the cache with this QueryClient. */
export function consentRoutes(_queryClient: QueryClient): RouteObject[] {
  return []
}
