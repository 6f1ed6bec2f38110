import { mutationOptions } from '@tanstack/react-query'

import { endpoints } from '#src/contract/endpoints'
import { RightsRequestSchema, type CreateRightsRequestBody } from '#src/contract/rights-requests'
import { api } from '#src/lib/api-client'
import { withReauthentication } from '#src/lib/with-reauthentication'

import { rightsRequestQueries } from './rights-request-queries'

export type CreateRightsRequestVariables = {
  body: CreateRightsRequestBody
  /** From `useIdempotencyKey().keyFor(body)`: one key for every retry of the same answers. */
  idempotencyKey: string
}

export const rightsRequestMutations = {
  all: () => ['rights-requests'] as const,

  /**
   * Files a request. Not optimistic: the server assigns the reference, the status and the statutory due
   * date. An erasure past the step-up window, or a session that expired, is answered in place by
   * the dialogs and sent once more with the same key, so it can never be filed twice.
   */
  create: () =>
    mutationOptions({
      mutationKey: [...rightsRequestMutations.all(), 'create'],
      // No silent background queue for a request with legal weight: the flow refuses
      // to send while offline instead.
      networkMode: 'always',
      mutationFn: ({ body, idempotencyKey }: CreateRightsRequestVariables) =>
        withReauthentication(() =>
          api.request(endpoints.rightsRequests.create, { schema: RightsRequestSchema, body, idempotencyKey }),
        ),
      onSuccess: async (request, _variables, _result, context) => {
        context.client.setQueryData(rightsRequestQueries.detail(request.id).queryKey, request)
        await context.client.invalidateQueries({ queryKey: rightsRequestQueries.list().queryKey })
      },
    }),

  cancel: () =>
    mutationOptions({
      mutationKey: [...rightsRequestMutations.all(), 'cancel'],
      networkMode: 'always',
      mutationFn: (requestId: string) =>
        withReauthentication(() =>
          api.request(endpoints.rightsRequests.cancel, { schema: RightsRequestSchema, params: { requestId } }),
        ),
      onSettled: (_data, _error, _requestId, _result, context) =>
        context.client.invalidateQueries({ queryKey: rightsRequestQueries.all() }),
    }),
}
