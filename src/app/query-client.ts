import { QueryCache, QueryClient } from '@tanstack/react-query'

import { isApiError } from '#src/lib/api-error'
import { authInterrupts } from '#src/lib/auth-interrupts'
import { retryDelay, shouldRetryQuery } from '#src/lib/retry-policy'

type QueryClientOptions = {
  /** Tests pass `false` (TanStack's testing guide); checks of the retry policy itself keep it. */
  retry?: false
  retryDelay?: number
}

/** The only place where query defaults live (STYLE §4). */
export function createQueryClient(options: QueryClientOptions = {}): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (!isApiError(error) || !error.isSessionExpired) return
        // Personal data that is not on screen goes at once; what is on screen stays behind the modal
        // sign-in dialog so the person's typing survives (QUALITY checks 4 and 35).
        queryClient.removeQueries({ type: 'inactive' })
        authInterrupts.request('sign-in').then(
          () => queryClient.invalidateQueries(),
          () => undefined,
        )
      },
    }),
    defaultOptions: {
      queries: {
        retry: options.retry ?? shouldRetryQuery,
        retryDelay: options.retryDelay ?? retryDelay,
        staleTime: 30_000,
      },
      mutations: {
        // A mutation is retried only by the person (same Idempotency-Key), never silently (QUALITY check 29).
        retry: false,
      },
    },
  })
  return queryClient
}
