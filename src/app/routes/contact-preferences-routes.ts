import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'

/** The protected routes of issue 4 (Settings); their loaders prime the cache with this QueryClient. */
export function contactPreferenceRoutes(_queryClient: QueryClient): RouteObject[] {
  return []
}
