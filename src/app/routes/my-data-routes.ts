import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs, RouteObject } from 'react-router'

import { paths } from '#src/config/paths'
import type { DataCategoryId } from '#src/contract/register'
import { requireSession } from '#src/lib/session'

import { RouteErrorBoundary } from './route-error'

/** An unknown category in the URL is a 404 page, not an empty one. */
async function categoryFrom(params: LoaderFunctionArgs['params']): Promise<DataCategoryId> {
  const { DataCategoryIdSchema } = await import('#src/contract/register')
  const parsed = DataCategoryIdSchema.safeParse(params.categoryId)
  if (!parsed.success) throw new Response(null, { status: 404 })
  return parsed.data
}

/**
 * The query factories, loaded with the first My data page rather than with the app: their response schemas
 * (100,000-row pages, the register) would otherwise weigh on the sign-in page's first load.
 */
async function loadQueries() {
  const [{ myDataQueries }, { toRecordFilters }] = await Promise.all([
    import('#src/features/my-data/api/my-data-queries'),
    import('#src/features/my-data/record-filters-url'),
  ])
  return { myDataQueries, toRecordFilters }
}

/** The protected routes of My data; their loaders prime the cache with this QueryClient. */
export function myDataRoutes(queryClient: QueryClient): RouteObject[] {
  const primeOverview = async ({ request }: LoaderFunctionArgs) => {
    const [{ myDataQueries }] = await Promise.all([loadQueries(), requireSession(queryClient, request)])
    queryClient.query(myDataQueries.register()).catch(() => undefined)
    queryClient.query(myDataQueries.summary()).catch(() => undefined)
    return null
  }
  return [
    {
      path: paths.myData.path,
      ErrorBoundary: RouteErrorBoundary,
      loader: primeOverview,
      lazy: { Component: async () => (await import('./my-data')).MyDataRoute },
    },
    {
      path: paths.myDataAll.path,
      ErrorBoundary: RouteErrorBoundary,
      loader: primeOverview,
      lazy: { Component: async () => (await import('./my-data-all')).MyDataAllRoute },
    },
    {
      path: paths.dataCategory.path,
      ErrorBoundary: RouteErrorBoundary,
      loader: async ({ request, params }) => {
        const categoryId = await categoryFrom(params)
        const [{ myDataQueries, toRecordFilters }] = await Promise.all([
          loadQueries(),
          requireSession(queryClient, request),
        ])
        const filters = toRecordFilters(new URL(request.url).searchParams)
        queryClient.query(myDataQueries.register()).catch(() => undefined)
        // The first page starts while the page's code downloads: the rows appear as soon as both are here.
        // The summary waits for them (see CategoryRecords): the mock computes both on the page's one thread.
        queryClient.infiniteQuery(myDataQueries.records(categoryId, filters)).catch(() => undefined)
        return null
      },
      lazy: { Component: async () => (await import('./my-data-category')).MyDataCategoryRoute },
    },
    {
      path: paths.dataRecord.path,
      ErrorBoundary: RouteErrorBoundary,
      loader: async ({ request, params }) => {
        const categoryId = await categoryFrom(params)
        const [{ myDataQueries }] = await Promise.all([loadQueries(), requireSession(queryClient, request)])
        queryClient.query(myDataQueries.register()).catch(() => undefined)
        queryClient.query(myDataQueries.record(categoryId, params.recordId ?? '')).catch(() => undefined)
        return null
      },
      lazy: { Component: async () => (await import('./my-data-record')).MyDataRecordRoute },
    },
  ]
}
