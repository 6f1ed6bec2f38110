import { queryOptions } from '@tanstack/react-query'

import { AccountSchema } from '#src/contract/account'
import { endpoints } from '#src/contract/endpoints'
import { api } from '#src/lib/api-client'

export const accountQueries = {
  all: () => ['account'] as const,
  me: () =>
    queryOptions({
      queryKey: [...accountQueries.all(), 'me'],
      queryFn: ({ signal }) => api.request(endpoints.account.me, { schema: AccountSchema, signal }),
    }),
}
