import { queryOptions } from '@tanstack/react-query'

import { ContactDetailsSchema } from '#src/contract/contact-preferences'
import { endpoints } from '#src/contract/endpoints'
import { api } from '#src/lib/api-client'

export const contactDetailsQueries = {
  all: () => ['contact-details'] as const,
  detail: () =>
    queryOptions({
      queryKey: [...contactDetailsQueries.all(), 'detail'],
      queryFn: ({ signal }) => api.request(endpoints.contactDetails.get, { schema: ContactDetailsSchema, signal }),
    }),
}
