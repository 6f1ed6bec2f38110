import { queryOptions } from '@tanstack/react-query'

import { ContactPreferencesSchema, PreferenceHistorySchema } from '#src/contract/contact-preferences'
import { endpoints } from '#src/contract/endpoints'
import { api } from '#src/lib/api-client'

export const contactPreferenceQueries = {
  all: () => ['contact-preferences'] as const,
  list: () =>
    queryOptions({
      queryKey: [...contactPreferenceQueries.all(), 'list'],
      queryFn: ({ signal }) =>
        api.request(endpoints.contactPreferences.get, { schema: ContactPreferencesSchema, signal }),
    }),
  history: () =>
    queryOptions({
      queryKey: [...contactPreferenceQueries.all(), 'history'],
      queryFn: ({ signal }) =>
        api.request(endpoints.contactPreferences.history, { schema: PreferenceHistorySchema, signal }),
    }),
}
