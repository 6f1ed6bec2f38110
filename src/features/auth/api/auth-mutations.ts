import { mutationOptions } from '@tanstack/react-query'

import { NoContentSchema } from '#src/contract/common'
import { endpoints } from '#src/contract/endpoints'
import { SessionSchema, type ReauthenticateBody, type SignInBody } from '#src/contract/session'
import { api } from '#src/lib/api-client'
import { askToSignInAgain, forgetSession, storeSession } from '#src/lib/session'

export const authMutations = {
  all: () => ['session'] as const,

  signIn: () =>
    mutationOptions({
      mutationKey: [...authMutations.all(), 'sign-in'],
      mutationFn: (body: SignInBody) => api.request(endpoints.session.signIn, { schema: SessionSchema, body }),
      onSuccess: (session, _body, _result, { client }) => storeSession(client, session),
    }),

  reauthenticate: () =>
    mutationOptions({
      mutationKey: [...authMutations.all(), 'reauthenticate'],
      mutationFn: (body: ReauthenticateBody) =>
        api.request(endpoints.session.reauthenticate, { schema: SessionSchema, body }),
      onSuccess: (session, _body, _result, { client }) => storeSession(client, session),
    }),

  signOut: () =>
    mutationOptions({
      mutationKey: [...authMutations.all(), 'sign-out'],
      mutationFn: () => api.request(endpoints.session.signOut, { schema: NoContentSchema }),
      // The client forgets the person even if the server cannot be reached (ASVS 14.3.1).
      onSettled: (_data, _error, _vars, _result, { client }) => forgetSession(client),
    }),

  /**
   * The idle timeout ran out with the page open. The server's own timer has ended the session too, but
   * the client ends it explicitly as well (OWASP "Automatic Client Logout"): a response the client did
   * not count might have kept it alive, and the dialog must not say "signed out" about a live session.
   * The page and what was typed stay behind the in-place sign-in dialog (WCAG 3.3.7).
   */
  expire: () =>
    mutationOptions({
      mutationKey: [...authMutations.all(), 'expire'],
      mutationFn: () => api.request(endpoints.session.signOut, { schema: NoContentSchema }),
      onMutate: (_vars, { client }) => askToSignInAgain(client),
    }),
}
