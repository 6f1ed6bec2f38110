import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'

import { isApiError } from '#src/lib/api-error'
import { idleTimer } from '#src/lib/idle-timer'
import { retryDelay, shouldRetryQuery } from '#src/lib/retry-policy'
import { askToSignInAgain, getLastKnownUser, sessionQueries } from '#src/lib/session'

type QueryClientOptions = {
  /** Tests pass `false` (TanStack's testing guide); checks of the retry policy itself keep it. */
  retry?: false
  retryDelay?: number
}

/** The only place where query defaults live, so every query and test shares one policy. */
export function createQueryClient(options: QueryClientOptions = {}): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (!isApiError(error) || !error.isSessionExpired) return
        // A visitor who was never signed in on this page is simply sent to sign-in by the route guard.
        if (!getLastKnownUser()) return
        askToSignInAgain(queryClient)
      },
      // Every successful response refreshed the server's idle timer, so the warning before the timeout moves too.
      onSuccess: () => idleTimer.activity(),
    }),
    mutationCache: new MutationCache({
      onSuccess: () => idleTimer.activity(),
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
        // A mutation is retried only by the person (same Idempotency-Key), never silently: it may have run.
        retry: false,
      },
    },
  })
  return queryClient
}
