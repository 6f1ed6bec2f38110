import { queryOptions } from '@tanstack/react-query'

import { endpoints } from '#src/contract/endpoints'
import {
  PolicyAcknowledgementListSchema,
  PolicyArchiveSchema,
  PolicyDocumentSchema,
  PolicyNoticeSchema,
} from '#src/contract/policies'
import { api } from '#src/lib/api-client'

export const policyQueries = {
  all: () => ['policy'] as const,
  /** The list of versions; a version's status changes with the date, so it follows the default freshness. */
  archive: () =>
    queryOptions({
      queryKey: [...policyQueries.all(), 'versions'],
      queryFn: ({ signal }) => api.request(endpoints.policy.versions, { schema: PolicyArchiveSchema, signal }),
    }),
  /** The version in force: which one it is changes with the date. */
  current: () =>
    queryOptions({
      queryKey: [...policyQueries.all(), 'current'],
      queryFn: ({ signal }) => api.request(endpoints.policy.current, { schema: PolicyDocumentSchema, signal }),
    }),
  /** A version's text never changes once published (STYLE §4). */
  version: (versionId: string) =>
    queryOptions({
      queryKey: [...policyQueries.all(), 'version', versionId],
      queryFn: ({ signal }) =>
        api.request(endpoints.policy.version, { schema: PolicyDocumentSchema, params: { versionId }, signal }),
      staleTime: Infinity,
    }),
}

/** The person's own: the notice of significant changes and what they acknowledged. */
export const policyNoticeQueries = {
  all: () => ['policy-notice'] as const,
  current: () =>
    queryOptions({
      queryKey: [...policyNoticeQueries.all(), 'current'],
      queryFn: ({ signal }) => api.request(endpoints.policy.notice, { schema: PolicyNoticeSchema, signal }),
    }),
  acknowledgements: () =>
    queryOptions({
      queryKey: [...policyNoticeQueries.all(), 'acknowledgements'],
      queryFn: ({ signal }) =>
        api.request(endpoints.policy.acknowledgements, { schema: PolicyAcknowledgementListSchema, signal }),
    }),
}
