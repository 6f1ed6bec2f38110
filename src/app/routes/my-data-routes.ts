import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'

/** The protected routes of issue 3 (My data); their loaders prime the cache with this QueryClient. */
export function myDataRoutes(_queryClient: QueryClient): RouteObject[] {
  return []
}
