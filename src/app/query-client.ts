import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'

import { isApiError } from '#src/lib/api-error'
import { authInterrupts } from '#src/lib/auth-interrupts'
import { retryDelay, shouldRetryQuery } from '#src/lib/retry-policy'
import { getLastKnownUser, sessionQueries } from '#src/lib/session'

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
        // A visitor who was never signed in on this page is simply sent to sign-in by the route guard.
        if (!getLastKnownUser()) return
        // Personal data that is not on screen goes at once; what is on screen stays behind the modal
        // sign-in dialog so the person's typing survives (QUALITY checks 4 and 35). The session query
        // stays: the route guard may be waiting on it.
        queryClient.removeQueries({
          type: 'inactive',
          predicate: (query) => query.queryKey[0] !== sessionQueries.all()[0],
        })
        authInterrupts.request('sign-in').then(
          () => queryClient.invalidateQueries(),
          () => undefined,
        )
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        // A refused CSRF token is stale (the session was renewed elsewhere): fetching the session again
        // stores its current token, so the person's next try can succeed.
        if (isApiError(error) && error.code === 'csrf_failed') {
          return queryClient.invalidateQueries({ queryKey: sessionQueries.current().queryKey })
        }
        return undefined
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
