import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { redirect } from 'react-router'

import { paths } from '#src/config/paths'
import { endpoints } from '#src/contract/endpoints'
import { SessionSchema, type Session, type SessionUser } from '#src/contract/session'

import { api } from './api-client'
import { isApiError } from './api-error'
import { authInterrupts } from './auth-interrupts'
import { setCsrfToken } from './csrf-token'
import { idleTimer } from './idle-timer'
import { safeReturnTo } from './safe-return-to'
import { endSessionListeners } from './session-end'

/**
 * Who was signed in last, kept in memory only until sign-out: when the session expires under an open page,
 * the in-place sign-in can prefill the email and tell whether the same person came back.
 */
let lastKnownUser: SessionUser | null = null

export function getLastKnownUser(): SessionUser | null {
  return lastKnownUser
}

/** What the client keeps of a session it was given: the CSRF token, who it is, the idle timeout. */
function remember(session: Session): void {
  setCsrfToken(session.csrfToken)
  lastKnownUser = session.user
  idleTimer.sessionReceived(session)
}

/** The session is over: nothing may be sent with its token, and there is nothing to count down. */
function forgetCredentials(): void {
  setCsrfToken(null)
  idleTimer.clear()
}

/**
 * The signed-in person is shared kernel: the router's guard and several features read it.
 * `null` means signed out, a normal state rather than an error.
 */
export const sessionQueries = {
  all: () => ['session'] as const,
  current: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'current'],
      queryFn: async ({ signal }): Promise<Session | null> => {
        try {
          const session = await api.request(endpoints.session.current, { schema: SessionSchema, signal })
          remember(session)
          return session
        } catch (error) {
          if (isApiError(error) && error.status === 401) {
            forgetCredentials()
            return null
          }
          throw error
        }
      },
    }),
}

/** Stores a session the API just issued (sign-in, re-authentication) without asking for it again. */
export function storeSession(queryClient: QueryClient, session: Session): void {
  remember(session)
  queryClient.setQueryData(sessionQueries.current().queryKey, session)
}

/**
 * Forgets everything the client holds about the person (ASVS 14.3.1): every cached query, the CSRF token.
 * Runs on sign-out even when the server cannot be reached; stores outside the cache forget too (`onSessionEnd`).
 */
export function forgetSession(queryClient: QueryClient): void {
  forgetCredentials()
  lastKnownUser = null
  endSessionListeners()
  queryClient.clear()
  queryClient.setQueryData(sessionQueries.current().queryKey, null)
}

/**
 * The session ended under an open page (the API said so, or the idle timeout ran out): the person signs
 * in again in a dialog over it. Personal data that is not on screen goes at once; what is on screen stays
 * behind the modal sign-in dialog so the person's typing survives (WCAG 3.3.7). The session
 * query stays: the route guard may be waiting on it. Once signed in again, everything is fetched afresh.
 */
export function askToSignInAgain(queryClient: QueryClient): void {
  idleTimer.clear()
  queryClient.removeQueries({
    type: 'inactive',
    predicate: (query) => query.queryKey[0] !== sessionQueries.all()[0],
  })
  authInterrupts.request('sign-in').then(
    () => queryClient.invalidateQueries(),
    () => undefined,
  )
}

/** Loader guard: a signed-out visitor goes to sign-in, then back to the same-origin page they asked for. */
export async function requireSession(queryClient: QueryClient, request: Request): Promise<Session> {
  // 'static': use what is cached (set by sign-in, or null after sign-out), fetch only when nothing is.
  const session = await queryClient.query({ ...sessionQueries.current(), staleTime: 'static' })
  if (!session) {
    const url = new URL(request.url)
    const returnTo = safeReturnTo(`${url.pathname}${url.search}`)
    throw redirect(paths.signIn.getHref(returnTo === '/' ? undefined : returnTo))
  }
  return session
}
