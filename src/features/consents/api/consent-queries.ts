import { queryOptions } from '@tanstack/react-query'

import {
  ConsentEventListSchema,
  ConsentListSchema,
  ConsentReceiptSchema,
  DirectMarketingObjectionSchema,
  type ConsentPurposeId,
} from '#src/contract/consents'
import { endpoints } from '#src/contract/endpoints'
import { api } from '#src/lib/api-client'

export const consentQueries = {
  all: () => ['consents'] as const,
  list: () =>
    queryOptions({
      queryKey: [...consentQueries.all(), 'list'],
      queryFn: ({ signal }) => api.request(endpoints.consents.list, { schema: ConsentListSchema, signal }),
    }),
  /** The ledger, newest first; `purposeId` narrows it to one consent. */
  events: (purposeId: ConsentPurposeId | undefined) =>
    queryOptions({
      queryKey: [...consentQueries.all(), 'events', { purposeId }],
      queryFn: ({ signal }) =>
        api.request(endpoints.consents.events, { schema: ConsentEventListSchema, query: { purposeId }, signal }),
    }),
  /** A recorded event never changes, so its receipt is never refetched while cached. */
  receipt: (eventId: string) =>
    queryOptions({
      queryKey: [...consentQueries.all(), 'receipt', eventId],
      queryFn: ({ signal }) =>
        api.request(endpoints.consents.receipt, { schema: ConsentReceiptSchema, params: { eventId }, signal }),
      staleTime: Infinity,
    }),
}

/** The objection to direct marketing: its own resource, apart from the consents it is not. */
export const objectionQueries = {
  all: () => ['direct-marketing-objection'] as const,
  current: () =>
    queryOptions({
      queryKey: [...objectionQueries.all(), 'current'],
      queryFn: ({ signal }) =>
        api.request(endpoints.consents.objection, { schema: DirectMarketingObjectionSchema, signal }),
    }),
}
