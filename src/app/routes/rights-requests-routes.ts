import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'

/** The protected routes of issue 6 (Rights requests); their loaders prime the cache with this QueryClient. */
export function rightsRequestRoutes(_queryClient: QueryClient): RouteObject[] {
  return []
}
