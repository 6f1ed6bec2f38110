import { queryOptions } from '@tanstack/react-query'

import { AccountSchema } from '#src/contract/account'
import { endpoints } from '#src/contract/endpoints'
import { DataRecordSchema } from '#src/contract/profile'
import { ProcessingRegisterSchema } from '#src/contract/register'
import {
  ErasurePreviewSchema,
  RightsRequestCopySchema,
  RightsRequestListSchema,
  RightsRequestSchema,
  type ErasureScope,
  type RecordRef,
} from '#src/contract/rights-requests'
import { api } from '#src/lib/api-client'

/** What an erasure names: everything, chosen categories, or chosen records of My data. */
export type ErasureChoice = {
  scope: ErasureScope
  categories: readonly string[]
  items?: readonly RecordRef[] | undefined
}

export const rightsRequestQueries = {
  all: () => ['rights-requests'] as const,
  list: () =>
    queryOptions({
      queryKey: [...rightsRequestQueries.all(), 'list'],
      queryFn: ({ signal }) => api.request(endpoints.rightsRequests.list, { schema: RightsRequestListSchema, signal }),
    }),
  detail: (requestId: string) =>
    queryOptions({
      queryKey: [...rightsRequestQueries.all(), 'detail', { requestId }],
      queryFn: ({ signal }) =>
        api.request(endpoints.rightsRequests.detail, { schema: RightsRequestSchema, params: { requestId }, signal }),
    }),
  /** What an erasure would delete and keep: the server applies the retention rules (Art. 17(3)). */
  erasurePreview: ({ scope, categories, items = [] }: ErasureChoice) =>
    queryOptions({
      queryKey: [...rightsRequestQueries.all(), 'erasure-preview', { scope, categories, items }],
      queryFn: ({ signal }) =>
        api.request(endpoints.rightsRequests.erasurePreview, {
          schema: ErasurePreviewSchema,
          query: {
            scope,
            categories: scope === 'categories' ? categories.join(',') : undefined,
            items:
              scope === 'items'
                ? items.map(({ categoryId, recordId }) => `${categoryId}:${recordId}`).join(',')
                : undefined,
          },
          signal,
        }),
    }),
  /** The copy of an answered access or portability request; fetched when the person downloads it. */
  copy: (requestId: string) =>
    queryOptions({
      queryKey: [...rightsRequestQueries.all(), 'copy', { requestId }],
      queryFn: ({ signal }) =>
        api.request(endpoints.rightsRequests.copy, { schema: RightsRequestCopySchema, params: { requestId }, signal }),
      // Personal data the person is downloading: not kept in the cache once the download is done.
      gcTime: 0,
    }),
  /** The account, for the rectification flow's "your name as we hold it". */
  account: () =>
    queryOptions({
      queryKey: [...rightsRequestQueries.all(), 'account'],
      queryFn: ({ signal }) => api.request(endpoints.account.me, { schema: AccountSchema, signal }),
    }),
  /** The operator's register, for the names of a record's fields. Same key as My data's, so one copy is cached. */
  register: () =>
    queryOptions({
      queryKey: ['register'],
      queryFn: ({ signal }) => api.request(endpoints.register.get, { schema: ProcessingRegisterSchema, signal }),
      staleTime: Infinity,
    }),
  /** A record of My data that the person chose to have corrected (from its "ask to correct" link). */
  dataRecord: (categoryId: string, recordId: string) =>
    queryOptions({
      queryKey: [...rightsRequestQueries.all(), 'data-record', { categoryId, recordId }],
      queryFn: ({ signal }) =>
        api.request(endpoints.profile.record, { schema: DataRecordSchema, params: { categoryId, recordId }, signal }),
    }),
}
