import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'

import { endpoints } from '#src/contract/endpoints'
import { DataRecordPageSchema, DataRecordSchema, DataSummarySchema, type RecordFilters } from '#src/contract/profile'
import { ProcessingRegisterSchema, type DataCategoryId } from '#src/contract/register'
import { api } from '#src/lib/api-client'

/**
 * Rows per request. The first page is a few screenfuls, so the first rows come soon; the next ones are larger,
 * so a long scroll needs few requests (each has a fixed cost on the page's thread while the mock serves it),
 * yet small enough that handling one never blocks scrolling for long.
 */
const firstRecordPageSize = 50
const recordPageSize = 200

export const myDataQueries = {
  all: () => ['my-data'] as const,
  /** The operator's register changes only with a new policy version: kept for the session. */
  register: () =>
    queryOptions({
      queryKey: ['register'],
      queryFn: ({ signal }) => api.request(endpoints.register.get, { schema: ProcessingRegisterSchema, signal }),
      staleTime: 60 * 60 * 1000,
    }),
  summary: () =>
    queryOptions({
      queryKey: [...myDataQueries.all(), 'summary'],
      queryFn: ({ signal }) => api.request(endpoints.profile.summary, { schema: DataSummarySchema, signal }),
    }),
  records: (categoryId: DataCategoryId, filters: RecordFilters) =>
    infiniteQueryOptions({
      queryKey: [...myDataQueries.all(), 'records', categoryId, filters],
      queryFn: ({ signal, pageParam }) =>
        api.request(endpoints.profile.records, {
          schema: DataRecordPageSchema,
          params: { categoryId },
          query: {
            ...filters,
            limit: pageParam === null ? firstRecordPageSize : recordPageSize,
            cursor: pageParam ?? undefined,
          },
          signal,
        }),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor,
    }),
  record: (categoryId: DataCategoryId, recordId: string) =>
    queryOptions({
      queryKey: [...myDataQueries.all(), 'record', categoryId, recordId],
      queryFn: ({ signal }) =>
        api.request(endpoints.profile.record, { schema: DataRecordSchema, params: { categoryId, recordId }, signal }),
    }),
}
