import { mutationOptions } from '@tanstack/react-query'

import { NoContentSchema } from '#src/contract/common'
import { endpoints } from '#src/contract/endpoints'
import { SessionSchema, type ReauthenticateBody, type SignInBody } from '#src/contract/session'
import { api } from '#src/lib/api-client'
import { forgetSession, storeSession } from '#src/lib/session'

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
}
